import { describe, expect, it } from "vitest";

import { articleClaimsSchema } from "./article-schema";

/** A small hand-built claims file: one judged claim citing the one source, one checked claim. */
function doc() {
  return {
    article: { title: "T", publisher: "P", url: "https://example.com/article", writtenAround: "2025-04", note: "n" },
    sources: { notice: { url: "https://example.com/notice", title: "Notice", official: true, verifiedOn: "2026-11-20" } },
    sections: [
      {
        id: "models",
        title: "Models",
        claims: [
          { id: "judged", quote: "q", models: ["alpha-nano"], verdict: "wrong", explanation: "e", sources: ["notice"] },
          { id: "checked", quote: "q", checks: [{ type: "image-split" }] },
        ],
      },
    ],
  };
}
const issues = (raw: unknown) =>
  articleClaimsSchema.safeParse(raw).error?.issues.map(({ code, path, message }) => ({ code, path, message }));

describe("articleClaimsSchema's checks across claims", () => {
  it("accepts a file whose every source is cited and every judged claim complete", () => {
    expect(issues(doc())).toBeUndefined();
  });

  it("names a cited source the file does not list, and a listed source nobody cites", () => {
    const raw = doc();
    raw.sections[0]!.claims[0]!.sources = ["nope"];
    expect(issues(raw)).toEqual([
      { code: "custom", path: ["sections", 0, "claims", 0, "sources"], message: 'unknown source "nope"' },
      { code: "custom", path: ["sources", "notice"], message: "source is never cited" },
    ]);
  });

  it("needs the day a dated claim stopped being true", () => {
    const raw = doc();
    raw.sections[0]!.claims[0]!.verdict = "dated";
    expect(issues(raw)).toEqual([
      {
        code: "custom",
        path: ["sections", 0, "claims", 0, "changedOn"],
        message: "a dated claim needs the day it stopped being true",
      },
    ]);
    (raw.sections[0]!.claims[0] as { changedOn?: string }).changedOn = "2026-10-23";
    expect(issues(raw)).toBeUndefined();
  });

  it("needs a source for a claim marked wrong, not for one that holds", () => {
    const raw = doc();
    raw.sections[0]!.claims.push({ id: "holds", quote: "q", models: [], verdict: "holds", explanation: "e", sources: [] });
    expect(issues(raw)).toBeUndefined();
    raw.sections[0]!.claims[0]!.sources = [];
    expect(issues(raw)).toEqual([
      { code: "custom", path: ["sections", 0, "claims", 0, "sources"], message: "a claim marked wrong needs a source" },
      { code: "custom", path: ["sources", "notice"], message: "source is never cited" },
    ]);
  });
});
