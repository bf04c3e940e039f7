import { describe, expect, it } from "vitest";

import { barScale, linearScale, logScale, percentScale } from "./bar-scale";

describe("percentScale", () => {
  it("runs 0–100 in quarters whatever the scores", () => {
    const s = percentScale();
    expect(s.domain).toEqual([0, 100]);
    expect(s.ticks).toEqual([0, 25, 50, 75, 100]);
    expect(s.at(88)).toBe(0.88);
    expect(s.at(0)).toBe(0);
  });
  it("clamps what lies outside 0–100 and draws nothing for NaN", () => {
    const s = percentScale();
    expect(s.at(140)).toBe(1);
    expect(s.at(-5)).toBe(0);
    expect(s.at(Number.NaN)).toBe(0);
  });
});

describe("linearScale", () => {
  it("ends on a round step at or above the largest value", () => {
    const s = linearScale([0.4, 1.6, null, 0.05]);
    expect(s.domain).toEqual([0, 2]);
    expect(s.ticks).toEqual([0, 0.5, 1, 1.5, 2]);
    expect(s.at(1.6)).toBeCloseTo(0.8, 12);
    expect(s.at(2)).toBe(1);
  });
  it("has a usable axis when nothing is published", () => {
    const s = linearScale([null]);
    expect(s.domain).toEqual([0, 1]);
    expect(s.at(0.5)).toBe(0.5);
  });
});

describe("logScale", () => {
  it("places values by their logarithm between powers of ten", () => {
    const s = logScale([0.05, 0.4, 8]);
    expect(s.domain).toEqual([0.01, 10]);
    expect(s.ticks).toEqual([0.01, 0.1, 1, 10]);
    expect(s.at(0.01)).toBe(0);
    expect(s.at(0.1)).toBeCloseTo(1 / 3, 12);
    expect(s.at(1)).toBeCloseTo(2 / 3, 12);
    expect(s.at(10)).toBe(1);
  });
  it("puts the upper end on 2 or 5 × 10^k when that is closer", () => {
    const s = logScale([16_384, 400_000]);
    expect(s.domain).toEqual([10_000, 500_000]);
    expect(s.ticks).toEqual([10_000, 100_000, 500_000]);
    expect(s.at(100_000)).toBeCloseTo(1 / Math.log10(50), 12);
  });
  it("draws zero, negative and unusable values at the axis start", () => {
    const s = logScale([1, 10]);
    expect(s.at(0)).toBe(0);
    expect(s.at(-3)).toBe(0);
    expect(s.at(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe("barScale", () => {
  it("chooses the scale the reader picked", () => {
    expect(barScale("log", [0.05, 8]).kind).toBe("log");
    expect(barScale("linear", [0.05, 8]).kind).toBe("linear");
    expect(barScale("linear", [0.05, 8]).domain).toEqual([0, 8]);
  });
});
