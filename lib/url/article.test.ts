import { describe, expect, it } from "vitest";

import { ARTICLE_PATH, articleClaimHref } from "./article";

describe("article links", () => {
  it("points at a claim's anchor, encoded", () => {
    expect(ARTICLE_PATH).toBe("/article");
    expect(articleClaimHref("cost-gpt-4o-mini")).toBe("/article#cost-gpt-4o-mini");
    expect(articleClaimHref("a b")).toBe("/article#a%20b");
  });
});
