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
    // 667 tokens → 500.25 words = 1.0005 pages, shown "1": the plural follows what is shown.
    expect(describeTokens(667)).toBe("about 500 words, 1 page");
    // 700 tokens → 525 words = 1.05 pages, shown "1.1".
    expect(describeTokens(700)).toBe("about 525 words, 1.1 pages");
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
