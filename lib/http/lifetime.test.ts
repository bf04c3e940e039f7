import { describe, expect, it } from "vitest";

import { dayBoundCacheControl, secondsUntilUtcMidnight, untilMidnightCacheControl } from "./lifetime";

describe("lifetimes that end at UTC midnight", () => {
  it("counts whole seconds to the next UTC midnight", () => {
    expect(secondsUntilUtcMidnight(new Date("2026-12-10T00:00:00Z"))).toBe(86_400);
    expect(secondsUntilUtcMidnight(new Date("2026-12-10T23:59:59Z"))).toBe(1);
    expect(secondsUntilUtcMidnight(new Date("2026-12-10T23:59:59.500Z"))).toBe(1);
    expect(secondsUntilUtcMidnight(new Date("2026-12-10T12:00:00Z"))).toBe(43_200);
  });
  it("never lets a shared cache keep a response into the next day", () => {
    // The day before gpt-5-mini shuts down (2026-12-11): at 18:00 UTC, 6 hours remain.
    expect(untilMidnightCacheControl(new Date("2026-12-10T18:00:00Z"))).toBe("public, max-age=21600, s-maxage=21600");
  });
  it("caps a prerendered page's lifetime at its revalidation period and at midnight", () => {
    expect(dayBoundCacheControl(new Date("2026-12-10T18:00:00Z"), 60)).toBe("public, max-age=60, s-maxage=60");
    // 20 seconds before gpt-5-mini's shutdown day: its page may be kept 20 seconds, not 60.
    expect(dayBoundCacheControl(new Date("2026-12-10T23:59:40Z"), 60)).toBe("public, max-age=20, s-maxage=20");
  });
});
