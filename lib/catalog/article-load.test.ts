import fs from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

/** The loader over a hand-written claims file (the real one is read only by lib/article/judge.live.test.ts). */
async function loadWith(content: unknown) {
  const read = vi.spyOn(fs, "readFileSync").mockReturnValue(JSON.stringify(content));
  const { loadArticleClaims } = await import("./article-load");
  return { read, loadArticleClaims };
}

describe("loadArticleClaims", () => {
  it("names every problem of an invalid claims file, one per line, with its path", async () => {
    const { loadArticleClaims } = await loadWith({
      article: { title: "", publisher: "P", url: "https://example.com/a", writtenAround: "2025-04", note: "n" },
      sources: {},
      sections: [{ id: "Bad Id", title: "S", claims: [{ id: "c", quote: "q", checks: [{ type: "image-split" }] }] }],
    });
    expect(() => loadArticleClaims()).toThrow(
      [
        "Invalid article claims in data/article/claims.json:",
        "  - article.title: Too small: expected string to have >=1 characters",
        "  - sections.0.id: Invalid string: must match pattern /^[a-z0-9-]+$/",
      ].join("\n"),
    );
  });

  it("reads a valid file once and keeps it", async () => {
    const valid = {
      article: { title: "T", publisher: "P", url: "https://example.com/a", writtenAround: "2025-04", note: "n" },
      sources: {},
      sections: [{ id: "s", title: "S", claims: [{ id: "c", quote: "q", checks: [{ type: "image-split" }] }] }],
    };
    const { read, loadArticleClaims } = await loadWith(valid);
    expect(loadArticleClaims()).toEqual(valid);
    expect(loadArticleClaims()).toBe(loadArticleClaims());
    expect(read).toHaveBeenCalledTimes(1);
  });
});
