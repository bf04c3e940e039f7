import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { numberProblemHint, parseTypedNumber } from "./typed-number";

const value = (text: string) => {
  const r = parseTypedNumber(text);
  return r.ok ? r.value : r.problem;
};

describe("parseTypedNumber", () => {
  it("reads the ways people write one and a half million as that number", () => {
    for (const text of [
      "1500000",
      "1,500,000",
      "1 500 000",
      "1_500_000",
      "1.5M",
      "1.5m",
      "1.5 M",
      "1500k",
      "1.5e6",
      "1.5E+6",
      "15e5",
    ])
      expect(value(text), text).toBe(1_500_000);
  });

  it("reads suffixes and exponents exactly, not through a float product", () => {
    // 1.1 * 1e6 is 1100000.0000000002 in doubles; the typed text means 1,100,000.
    expect(value("1.1M")).toBe(1_100_000);
    expect(value("1.5k")).toBe(1_500);
    expect(value("2B")).toBe(2_000_000_000);
    expect(value("3t")).toBe(3_000_000_000_000);
    expect(value("0.000001e6")).toBe(1);
    expect(value(".5k")).toBe(500);
    expect(value("1.")).toBe(1);
  });

  it("accepts no-break and thin spaces as thousands separators (pasted from French text)", () => {
    expect(value("1\u00a0500\u00a0000")).toBe(1_500_000);
    expect(value("1\u202f500\u202f000")).toBe(1_500_000);
  });

  it("says whether the number is whole, from the digits", () => {
    expect(parseTypedNumber("1.5")).toEqual({ ok: true, value: 1.5, whole: false });
    expect(parseTypedNumber("1.5k")).toEqual({ ok: true, value: 1_500, whole: true });
    expect(parseTypedNumber("1.2345k")).toEqual({ ok: true, value: 1_234.5, whole: false });
    expect(parseTypedNumber("1.50000k")).toEqual({ ok: true, value: 1_500, whole: true });
    expect(parseTypedNumber("1e-3")).toEqual({ ok: true, value: 0.001, whole: false });
    expect(parseTypedNumber("0e-3")).toEqual({ ok: true, value: 0, whole: true });
    expect(parseTypedNumber("1,500,000.00")).toEqual({ ok: true, value: 1_500_000, whole: true });
  });

  it("refuses a comma that does not group thousands instead of dropping it", () => {
    // "1,5" used to become 15: it is 1.5 to most of Europe.
    for (const text of ["1,5", "0,25", "1,50", "1,5000", "1,50,000", "1,5M", "1,500,00"]) expect(value(text), text).toBe("comma");
  });

  it("refuses a point followed by three digits when it could be a thousands separator", () => {
    for (const text of ["1.000", "2.500", "999.999"]) expect(value(text), text).toBe("point");
    // Not ambiguous: a suffix, a leading zero, a longer integer part, or other fraction lengths.
    expect(value("1.000k")).toBe(1_000);
    expect(value("0.125")).toBe(0.125);
    expect(value("1000.000")).toBe(1_000);
    expect(value("1.50")).toBe(1.5);
  });

  it("refuses empty, negative and non-numbers, naming the reason", () => {
    expect(value("  ")).toBe("empty");
    expect(value("-5")).toBe("negative");
    expect(value("\u22125")).toBe("negative");
    for (const text of [
      "12abc",
      "abc",
      "k",
      ".",
      "1..5",
      "1.5.6",
      "1.5Mk",
      "1.5e6k",
      "NaN",
      "Infinity",
      "0x10",
      "1 5",
      "1,500 000",
      "1e",
      "+5",
    ])
      expect(value(text), text).toBe("invalid");
  });

  it("gives Infinity, not NaN, for an exponent beyond the double range (callers cap it)", () => {
    expect(value("1e9999")).toBe(Number.POSITIVE_INFINITY);
  });

  it("never throws and never returns NaN, whatever is typed", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const r = parseTypedNumber(text);
        if (r.ok) expect(Number.isNaN(r.value)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
    const numberish = fc.stringMatching(/^[-\d.,_ kmbte+]{0,16}$/);
    fc.assert(
      fc.property(numberish, (text) => {
        const r = parseTypedNumber(text);
        if (r.ok) expect(r.value).toBeGreaterThanOrEqual(0);
        if (r.ok) expect(Number.isNaN(r.value)).toBe(false);
      }),
      { numRuns: 2_000 },
    );
  });

  it("reads back every whole number written with en-US grouping, plain or with a suffix", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(parseTypedNumber(n.toLocaleString("en-US"))).toEqual({ ok: true, value: n, whole: true });
        expect(parseTypedNumber(String(n))).toEqual({ ok: true, value: n, whole: true });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (thousands) => {
        // 1234 thousand → "1.234M" when written in millions.
        expect(value(`${thousands / 1000}M`)).toBe(thousands * 1000);
      }),
    );
  });
});

describe("numberProblemHint", () => {
  it("says how to write the number, quoting what was typed", () => {
    expect(numberProblemHint("comma", "1,5")).toBe(
      "“1,5” is ambiguous: a comma only separates thousands (1,500,000); write a decimal with a point (1.5M).",
    );
    expect(numberProblemHint("invalid", "12abc")).toBe("“12abc” is not a number: try 1500000, 1,500,000, 1.5M or 1.5e6.");
    expect(numberProblemHint("point", "1.000")).toMatch(/^“1\.000” is ambiguous/);
    expect(numberProblemHint("negative", "-1")).toBe("It cannot be negative.");
    expect(numberProblemHint("invalid", "x", "a number of days")).toBe(
      "“x” is not a number of days: try 1500000, 1,500,000, 1.5M or 1.5e6.",
    );
  });
});
