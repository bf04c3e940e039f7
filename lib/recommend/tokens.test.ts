import { describe, expect, it } from "vitest";

import { countProblem, describeTokens, parseCount, toTokens } from "./tokens";

describe("token helpers", () => {
  it("converts words and pages to tokens at 0.75 words per token and 500 words per page", () => {
    expect(toTokens(750, "words")).toBe(1_000);
    expect(toTokens(1, "pages")).toBe(667);
    expect(toTokens(300, "pages")).toBe(200_000);
    expect(toTokens(5_000, "tokens")).toBe(5_000);
    expect(toTokens(-3, "pages")).toBe(0);
    expect(toTokens(Number.NaN, "words")).toBe(0);
  });
  it("describes a token count in words and pages", () => {
    expect(describeTokens(8_000)).toBe("about 6,000 words, 12 pages");
    expect(describeTokens(1_000)).toBe("about 750 words, 1.5 pages");
    expect(describeTokens(100)).toBe("about 75 words, under a page");
  });
  it("parses counts with separators and rejects everything else", () => {
    expect(parseCount("1,000,000")).toBe(1_000_000);
    expect(parseCount(" 1 000 ")).toBe(1_000);
    expect(parseCount("1_000")).toBe(1_000);
    expect(parseCount("1.5M")).toBe(1_500_000);
    expect(parseCount("1.5e6")).toBe(1_500_000);
    expect(parseCount("1234567890123")).toBe(1_234_567_890_123);
    // "1,5" used to be read as 15.
    for (const bad of ["", "-5", "1,5", "12.5", "abc", "12abc"]) expect(parseCount(bad)).toBeNull();
  });

  it("says why a count is refused", () => {
    expect(countProblem("1,000")).toBeNull();
    expect(countProblem(" ")).toBe("Enter a number.");
    expect(countProblem("12.5")).toBe("Use whole numbers only, e.g. 1500000, 1,500,000 or 1.5M.");
    expect(countProblem("1,5")).toBe(
      "“1,5” is ambiguous: a comma only separates thousands (1,500,000); write a decimal with a point (1.5M).",
    );
    expect(countProblem("12abc")).toBe("“12abc” is not a number: try 1500000, 1,500,000, 1.5M or 1.5e6.");
  });
});
