import { describe, expect, it } from "vitest";

import { asOfDay, asOfParam, isAsOfInRange, isIsoDay, latestAsOf, parseAsAsOf } from "./as-of";

describe("the as-of day", () => {
  it("reads real calendar days from 2020 on, nothing else", () => {
    expect(["2025-04-15", "2020-01-01", "2024-02-29", "2099-12-31"].map((v) => parseAsAsOf.parse(v))).toEqual([
      "2025-04-15",
      "2020-01-01",
      "2024-02-29",
      "2099-12-31",
    ]);
    for (const v of ["2019-12-31", "2025-02-30", "2025-4-15", "20250415", "yesterday", "", "2025-04-15T00:00:00Z"]) {
      expect(parseAsAsOf.parse(v), v).toBeNull();
    }
    expect(isIsoDay("2023-02-29")).toBe(false);
  });

  it("reaches a year past today, no further", () => {
    expect(latestAsOf("2026-11-25")).toBe("2027-11-25");
    // No Feb 29 in 2029: the day after Feb 28.
    expect(latestAsOf("2028-02-29")).toBe("2029-03-01");
    expect(isAsOfInRange("2027-11-25", "2026-11-25")).toBe(true);
    expect(isAsOfInRange("2027-11-26", "2026-11-25")).toBe(false);
    expect(isAsOfInRange("2019-12-31", "2026-11-25")).toBe(false);
  });

  it("prices on the link's day, else today; the control writes nothing for today or an unusable day", () => {
    expect(asOfDay("2025-04-15", "2026-11-25")).toBe("2025-04-15");
    expect(asOfDay(null, "2026-11-25")).toBe("2026-11-25");
    expect(asOfParam("2025-04-15", "2026-11-25")).toBe("2025-04-15");
    expect(asOfParam("2026-11-25", "2026-11-25")).toBeNull();
    // Typing a year passes through "0002", "0020", "0202": none is written.
    for (const v of ["0002-04-15", "0202-04-15", "2028-01-01", ""]) expect(asOfParam(v, "2026-11-25"), v).toBeUndefined();
  });
});
