import { describe, expect, it } from "vitest";

import { dayOf, isoDay, readCount, readDecimal, readFlag, readKey, readTime } from "./numbers";

describe("readCount", () => {
  it("reads JSON numbers and CSV text, whole and non-negative", () => {
    expect(readCount(1234, "error")).toEqual({ ok: true, value: 1234 });
    expect(readCount(" 1234 ", "error")).toEqual({ ok: true, value: 1234 });
    expect(readCount("1234.0", "error")).toEqual({ ok: true, value: 1234 });
    expect(readCount("1.2e6", "error")).toEqual({ ok: true, value: 1_200_000 });
    expect(readCount("-0", "error")).toEqual({ ok: true, value: 0 });
  });

  it("treats empty optional fields as zero and empty required fields as errors", () => {
    expect(readCount(null, "zero")).toEqual({ ok: true, value: 0 });
    expect(readCount("", "zero")).toEqual({ ok: true, value: 0 });
    expect(readCount(undefined, "error")).toEqual({ ok: false, reason: "is empty, must be a whole number" });
  });

  it("says what is wrong with a bad count", () => {
    expect(readCount(-5, "error")).toEqual({ ok: false, reason: "is -5, a count cannot be negative" });
    expect(readCount("-5", "error")).toEqual({ ok: false, reason: 'is "-5", a count cannot be negative' });
    expect(readCount("12.5", "error")).toEqual({ ok: false, reason: 'is "12.5", must be a whole number' });
    expect(readCount("abc", "error")).toEqual({ ok: false, reason: 'is "abc", not a number' });
    expect(readCount(true, "error")).toEqual({ ok: false, reason: "is true, not a number" });
    expect(readCount("9007199254740993", "error")).toEqual({
      ok: false,
      reason: 'is "9007199254740993", too large to count exactly',
    });
    expect(readCount("1e400", "error")).toEqual({ ok: false, reason: 'is "1e400", too large to count exactly' });
    expect(readCount(Number.NaN, "error").ok).toBe(false);
  });
});

describe("readDecimal", () => {
  it("keeps long decimal strings exact", () => {
    expect(readDecimal("0.1200000000000000000012")).toEqual({ ok: true, value: "0.1200000000000000000012" });
    expect(readDecimal(0.06)).toEqual({ ok: true, value: "0.06" });
    expect(readDecimal("-1.5")).toEqual({ ok: true, value: "-1.5" });
    expect(readDecimal("1e-3")).toEqual({ ok: true, value: "0.001" });
  });

  it("refuses what is not a number", () => {
    expect(readDecimal("12,50")).toEqual({ ok: false, reason: 'is "12,50", not a number' });
    expect(readDecimal(null)).toEqual({ ok: false, reason: "is missing" });
    expect(readDecimal("")).toEqual({ ok: false, reason: "is empty" });
    expect(readDecimal("1e99999999999999999999").ok).toBe(false);
  });
});

describe("readTime", () => {
  it("reads Unix seconds and ISO date-times as UTC", () => {
    expect(readTime(1761350400)).toEqual({ ok: true, value: 1761350400 });
    expect(readTime("1761350400")).toEqual({ ok: true, value: 1761350400 });
    expect(readTime("2025-10-25T00:00:00Z")).toEqual({ ok: true, value: 1761350400 });
    expect(readTime("2025-10-25 00:00:00 UTC")).toEqual({ ok: true, value: 1761350400 });
    expect(readTime("2025-10-25T02:00:00+02:00")).toEqual({ ok: true, value: 1761350400 });
    expect(readTime("2025-10-25")).toEqual({ ok: true, value: 1761350400 });
  });

  it("refuses milliseconds and text", () => {
    expect(readTime(1761350400000)).toEqual({
      ok: false,
      reason: "is 1761350400000, not a time in Unix seconds between 2000 and 2100",
    });
    expect(readTime("yesterday")).toEqual({ ok: false, reason: 'is "yesterday", not a time' });
    expect(readTime("2025-02-30T00:00:00Z")).toEqual({ ok: false, reason: 'is "2025-02-30T00:00:00Z", not a time' });
    expect(readTime("")).toEqual({ ok: false, reason: "is empty, must be a time" });
  });
});

describe("readFlag and readKey", () => {
  it("reads batch flags, null when not grouped", () => {
    expect(readFlag(true)).toEqual({ ok: true, value: true });
    expect(readFlag("False")).toEqual({ ok: true, value: false });
    expect(readFlag("")).toEqual({ ok: true, value: null });
    expect(readFlag("maybe")).toEqual({ ok: false, reason: 'is "maybe", must be true or false' });
  });

  it("reads grouping keys, null when empty", () => {
    expect(readKey(" gpt-4o-mini ")).toEqual({ ok: true, value: "gpt-4o-mini" });
    expect(readKey("")).toEqual({ ok: true, value: null });
    expect(readKey(null)).toEqual({ ok: true, value: null });
    expect(readKey(3)).toEqual({ ok: false, reason: "is 3, must be text" });
  });
});

describe("days", () => {
  it("floors a time to its UTC day", () => {
    expect(dayOf(1761350400 + 3600)).toBe(1761350400);
    expect(isoDay(1761350400)).toBe("2025-10-25");
  });
});
