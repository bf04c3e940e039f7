/**
 * The article's claims against the real catalog: the point of this test is the real data (a
 * corrected figure should make someone look at the article page), so it reads data/.
 */
import { describe, expect, it } from "vitest";

import { loadArticleClaims } from "@/lib/catalog/article-load";
import { loadCatalog } from "@/lib/catalog/load";
import { ARTICLE_WORKLOAD } from "@/lib/cost/article-workload";

import { judgeArticle, tally, type JudgeContext } from "./judge";

function verdicts(today: string, cheapestLasting: JudgeContext["cheapestLasting"] = null) {
  const sections = judgeArticle(loadArticleClaims(), {
    catalog: loadCatalog(),
    today,
    workload: ARTICLE_WORKLOAD,
    cheapestLasting,
  });
  return { sections, byId: Object.fromEntries(sections.flatMap((s) => s.claims).map((c) => [c.id, c.verdict])) };
}

describe("the April 2025 article, judged on 2026-12-02", () => {
  const { sections, byId } = verdicts("2026-12-02", { id: "gpt-6-luna", perMonth: "10.5" });

  it("gives every claim the verdict the fact sheet supports", () => {
    expect(byId).toEqual({
      "price-gpt-4.1-mini": "holds",
      "price-gpt-4.1-nano": "dated",
      "price-gpt-4o-mini": "holds",
      "lowest-input-cost": "wrong",
      "nano-quarter-price": "dated",
      "cost-gpt-4.1-nano": "dated",
      "cost-gpt-4o-mini": "holds",
      "cost-gpt-4.1-mini": "holds",
      "context-windows": "holds",
      "max-output": "holds",
      cutoffs: "holds",
      mmlu: "holds",
      "image-input": "wrong",
      "coding-beats-full": "wrong",
      needle: "holds",
      "release-dates": "holds",
      "pick-capability": "dated",
      "pick-cost": "dated",
      "pick-stable": "dated",
      "pick-long": "dated",
      "step-1": "holds",
      "step-2": "dated",
      "step-3": "dated",
      "step-4": "holds",
    });
    expect(tally(sections)).toEqual({ holds: 12, wrong: 3, dated: 9, open: 0 });
  });

  it("reproduces the article's cost table exactly and names today's answer next to the shut-down model", () => {
    const nano = sections.flatMap((s) => s.claims).find((c) => c.id === "cost-gpt-4.1-nano");
    expect(nano?.findings.map((f) => f.text)).toEqual([
      "gpt-4.1-nano at today's prices: $0.30 a day, $9.00 a month, but gpt-4.1-nano was shut down on Oct 23, 2026.",
      "Today the same workload costs $10.50 a month on gpt-6-luna.",
    ]);
    expect(nano?.changedOn).toBe("2026-10-23");
    const mini = sections.flatMap((s) => s.claims).find((c) => c.id === "cost-gpt-4o-mini");
    expect(mini?.findings[0]?.text).toBe(
      "gpt-4o-mini at today's prices: $0.45 a day, $13.50 a month, until gpt-4o-mini shuts down on Jan 14, 2027.",
    );
  });

  it("says the exact figure behind a rounded limit", () => {
    const ctx = sections.flatMap((s) => s.claims).find((c) => c.id === "context-windows");
    expect(ctx?.findings.map((f) => f.text)).toEqual([
      "gpt-4.1-mini's context window is 1,047,576 tokens (the article rounded).",
      "gpt-4.1-nano's context window is 1,047,576 tokens (the article rounded).",
      "gpt-4o-mini's context window is 128,000 tokens.",
    ]);
  });
});
