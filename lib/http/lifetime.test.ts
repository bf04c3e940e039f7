import { describe, expect, it } from "vitest";

import { secondsUntilUtcMidnight, untilMidnightCacheControl } from "./lifetime";

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
});
