import { describe, expect, it } from "vitest";

import {
  MAX_SHARED_SECONDS,
  pageCacheControl,
  secondsUntilUtcMidnight,
  sharedCacheCap,
  sharedLifetime,
  untilMidnightCacheControl,
} from "./lifetime";

describe("lifetimes that end at UTC midnight", () => {
  it("counts whole seconds to the next UTC midnight", () => {
    expect(secondsUntilUtcMidnight(new Date("2026-12-10T00:00:00Z"))).toBe(86_400);
    expect(secondsUntilUtcMidnight(new Date("2026-12-10T23:59:59Z"))).toBe(1);
    expect(secondsUntilUtcMidnight(new Date("2026-12-10T23:59:59.500Z"))).toBe(1);
    expect(secondsUntilUtcMidnight(new Date("2026-12-10T12:00:00Z"))).toBe(43_200);
  });
  it("keeps a data document ten minutes, or less so that it never reaches the next day", () => {
    // The day before gpt-5-mini shuts down (2026-12-11).
    expect(untilMidnightCacheControl(new Date("2026-12-10T18:00:00Z"))).toBe("public, max-age=600, s-maxage=600");
    expect(untilMidnightCacheControl(new Date("2026-12-10T23:55:00Z"))).toBe("public, max-age=300, s-maxage=300");
    expect(untilMidnightCacheControl(new Date("2026-12-10T18:00:00Z"), 2)).toBe("public, max-age=2, s-maxage=2");
  });
  it("lets shared caches keep a page, and serve it stale briefly, both ending by midnight", () => {
    expect(pageCacheControl(new Date("2026-12-10T18:00:00Z"))).toBe("public, max-age=0, s-maxage=600, stale-while-revalidate=60");
    // 630 s left: 600 fresh, then 30 stale at most.
    expect(pageCacheControl(new Date("2026-12-10T23:49:30Z"))).toBe("public, max-age=0, s-maxage=600, stale-while-revalidate=30");
    // 5 minutes left: all of it fresh, none stale.
    expect(pageCacheControl(new Date("2026-12-10T23:55:00Z"))).toBe("public, max-age=0, s-maxage=300");
    expect(pageCacheControl(new Date("2026-12-10T18:00:00Z"), 5)).toBe(
      "public, max-age=0, s-maxage=5, stale-while-revalidate=60",
    );
  });
  it("never gives a negative or longer lifetime than asked", () => {
    expect(sharedLifetime(new Date("2026-12-10T18:00:00Z"), 0)).toBe(0);
    expect(sharedLifetime(new Date("2026-12-10T23:59:59Z"))).toBe(1);
    expect(sharedLifetime(new Date("2026-12-10T00:00:00Z"), 100_000)).toBe(86_400);
  });
  it("reads the cap from the environment only when it is a sane number of seconds", () => {
    expect(sharedCacheCap({})).toBe(MAX_SHARED_SECONDS);
    expect(sharedCacheCap({ NAVIGATOR_SHARED_CACHE_SECONDS: "2" })).toBe(2);
    expect(sharedCacheCap({ NAVIGATOR_SHARED_CACHE_SECONDS: "0" })).toBe(0);
    for (const bad of ["", "-1", "1.5", "abc", "86401", "99999999"]) {
      expect(sharedCacheCap({ NAVIGATOR_SHARED_CACHE_SECONDS: bad }), bad).toBe(MAX_SHARED_SECONDS);
    }
  });
});
