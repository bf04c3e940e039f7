import { describe, expect, it } from "vitest";

import { DAY, DAY0 } from "./pages.test-helpers";
import { percentChange, periodInfo, toMonthly } from "./period";

describe("periodInfo", () => {
  it("gives the first and last day and the exact length", () => {
    expect(periodInfo({ start: DAY0, end: DAY0 + 17 * DAY })).toEqual({
      start: DAY0,
      end: DAY0 + 17 * DAY,
      firstDay: "2026-10-25",
      lastDay: "2026-11-10",
      seconds: 17 * DAY,
      days: "17",
    });
    expect(periodInfo({ start: DAY0, end: DAY0 + 36 * 3600 }).days).toBe("1.5");
  });
});

describe("toMonthly", () => {
  it("normalises 17 days to 30 exactly", () => {
    // $1.70 over 17 days is $0.10 a day: × 30/17 → $3.00 exactly.
    expect(toMonthly("1.7", 17 * DAY)).toBe("3");
    // $1 over 17 days → 30/17 = 1.764705882352941176470588235294117647058823529411764705882 (60 digits).
    expect(toMonthly("1", 17 * DAY)).toBe("1.76470588235294117647058823529411764705882352941176470588235");
    expect(toMonthly("5", 30 * DAY)).toBe("5");
    expect(toMonthly("2", 60 * DAY)).toBe("1");
  });
});

describe("percentChange", () => {
  it("is signed, to four decimals, and null from zero", () => {
    expect(percentChange("10", "4")).toBe("-60");
    expect(percentChange("3", "4")).toBe("33.3333");
    expect(percentChange("0", "4")).toBeNull();
    expect(percentChange("7", "7")).toBe("0");
    expect(percentChange("100000000", "99999999.99999")).toBe("0");
  });
});
