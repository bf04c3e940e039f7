import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { linearScale, logScale } from "./slider-scale";

describe("logScale", () => {
  const s = logScale({ minExp: 3, maxExp: 11, zero: true });

  it("walks nice numbers, ten per decade, with zero first", () => {
    expect(s.toValue(0)).toBe(0);
    expect(s.toValue(1)).toBe(1_000);
    expect([2, 3, 4, 5, 6, 7, 8, 9, 10].map(s.toValue)).toEqual([1_200, 1_500, 2_000, 2_500, 3_000, 4_000, 5_000, 6_000, 8_000]);
    expect(s.toValue(s.last)).toBe(100_000_000_000);
    expect(s.last).toBe(81);
  });

  it("puts the article's volumes exactly on steps", () => {
    expect(s.toValue(s.toPosition(1_000_000))).toBe(1_000_000);
    expect(s.toValue(s.toPosition(500_000))).toBe(500_000);
  });

  it("places a typed value between steps on the nearest step (log distance)", () => {
    expect(s.toValue(s.toPosition(1_090_000))).toBe(1_000_000);
    expect(s.toValue(s.toPosition(1_100_000))).toBe(1_200_000);
  });

  it("clamps out-of-range and garbage positions and values", () => {
    expect(s.toValue(-3)).toBe(0);
    expect(s.toValue(10_000)).toBe(100_000_000_000);
    expect(s.toValue(Number.NaN)).toBe(0);
    expect(s.toPosition(-5)).toBe(0);
    expect(s.toPosition(Number.POSITIVE_INFINITY)).toBe(0);
    expect(s.toPosition(1e15)).toBe(s.last);
    expect(s.toPosition(400)).toBe(0);
    expect(s.toPosition(600)).toBe(1);
  });

  it("round-trips every step and stays monotone", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: s.last - 1 }), (p) => {
        expect(s.toPosition(s.toValue(p))).toBe(p);
        return s.toValue(p + 1) > s.toValue(p) && Number.isInteger(s.toValue(p));
      }),
    );
  });

  it("refuses exponents that would give fractional steps", () => {
    expect(() => logScale({ minExp: 0, maxExp: 3 })).toThrow();
  });
});

describe("linearScale", () => {
  it("maps whole numbers and clamps", () => {
    const days = linearScale(1, 31);
    expect(days.last).toBe(30);
    expect(days.toValue(29)).toBe(30);
    expect(days.toPosition(30)).toBe(29);
    expect(days.toPosition(99)).toBe(30);
    expect(days.toValue(-1)).toBe(1);
  });
});
