import { describe, expect, it } from "vitest";

import { linearAxis, logDomain, logTicks } from "./axis";

describe("log axis", () => {
  it("spans powers of ten below and nice steps above", () => {
    expect(logDomain([4096, 1_047_576, 128_000])).toEqual([1000, 2_000_000]);
    expect(logDomain([0.005, 26.25])).toEqual([0.001, 50]);
    expect(logDomain([0.1, 0.5])).toEqual([0.1, 0.5]);
    expect(logDomain([100])).toEqual([100, 1000]);
  });
  it("ignores zero, negatives and missing values", () => {
    expect(logDomain([0, -3, null, undefined, 20])).toEqual([10, 20]);
    expect(logDomain([])).toEqual([1, 10]);
  });
  it("ticks at powers of ten and the top", () => {
    expect(logTicks([1000, 2_000_000])).toEqual([1000, 10_000, 100_000, 1_000_000, 2_000_000]);
    expect(logTicks([0.001, 50])).toEqual([0.001, 0.01, 0.1, 1, 10, 50]);
    expect(logTicks([100, 1000])).toEqual([100, 1000]);
  });
});

describe("linearAxis", () => {
  it("uses round steps from zero to just above the largest value", () => {
    expect(linearAxis([1.6875, 0.2, null])).toEqual({ domain: [0, 2], ticks: [0, 0.5, 1, 1.5, 2] });
    expect(linearAxis([12])).toEqual({ domain: [0, 12.5], ticks: [0, 2.5, 5, 7.5, 10, 12.5] });
    expect(linearAxis([10])).toEqual({ domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10] });
    expect(linearAxis([0.005, 0.0375])).toEqual({ domain: [0, 0.04], ticks: [0, 0.01, 0.02, 0.03, 0.04] });
  });
  it("falls back to 0–1 without a positive value", () => {
    expect(linearAxis([])).toEqual({ domain: [0, 1], ticks: [0, 1] });
    expect(linearAxis([0, null])).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });
});
