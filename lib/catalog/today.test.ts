import { afterEach, describe, expect, it, vi } from "vitest";

import { getToday } from "./today";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("getToday", () => {
  it("is the pinned day when NAVIGATOR_TODAY is an ISO date", () => {
    vi.stubEnv("NAVIGATOR_TODAY", "2026-11-25");
    expect(getToday()).toBe("2026-11-25");
  });

  it("is the server's UTC date otherwise, and when the pin is not exactly an ISO date", () => {
    vi.useFakeTimers({ now: new Date("2027-02-03T23:30:00Z") });
    vi.stubEnv("NAVIGATOR_TODAY", "");
    expect(getToday()).toBe("2027-02-03");
    for (const bad of ["tomorrow", "2026-11-25T00:00", "x2026-11-25", "26-11-25"]) {
      vi.stubEnv("NAVIGATOR_TODAY", bad);
      expect(getToday(), bad).toBe("2027-02-03");
    }
  });
});
