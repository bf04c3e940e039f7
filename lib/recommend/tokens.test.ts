import { describe, expect, it } from "vitest";

import { describeTokens, parseCount, toTokens } from "./tokens";

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
    for (const bad of ["", "-5", "1e6", "12.5", "abc", "1234567890123"]) expect(parseCount(bad)).toBeNull();
  });
});
