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

describe("token helpers at their edges", () => {
  it("rounds up, and treats zero and infinity as nothing", () => {
    // 1 word / 0.75 = 1.33 → 2 tokens; a fraction of a token typed directly rounds up too.
    expect(toTokens(1, "words")).toBe(2);
    expect(toTokens(2.2, "tokens")).toBe(3);
    expect(toTokens(0, "tokens")).toBe(0);
    expect(toTokens(Number.POSITIVE_INFINITY, "tokens")).toBe(0);
  });

  it("one page exactly is singular; from ten pages on, whole pages", () => {
    // 2000/3 tokens × 0.75 = 500 words = 1 page.
    expect(describeTokens(2_000 / 3)).toBe("about 500 words, 1 page");
    // 20,000 tokens × 0.75 = 15,000 words = 30 pages.
    expect(describeTokens(20_000)).toBe("about 15,000 words, 30 pages");
    // 6,600 tokens → 4,950 words = 9.9 pages: one decimal below ten pages.
    expect(describeTokens(6_600)).toBe("about 4,950 words, 9.9 pages");
    // 7,000 tokens → 5,250 words = 10.5 pages: whole pages from ten on, rounded half up.
    expect(describeTokens(7_000)).toBe("about 5,250 words, 11 pages");
  });

  it("takes up to twelve digits", () => {
    expect(parseCount("123456789012")).toBe(123_456_789_012);
    expect(parseCount("0")).toBe(0);
  });
});
