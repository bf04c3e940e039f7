import { describe, expect, it } from "vitest";

import { loadCatalog } from "@/lib/catalog/load";
import { formatMultiplier, formatUsd } from "@/lib/format";

import { headlineFor, headlineText } from "./calculator-headline";
import { toCalculatorModels } from "./calculator-models";
import { calculatorRows, visibleModels } from "./calculator-rows";
import { ARTICLE_MODELS, PRESETS } from "./presets";
import { toWorkload } from "./workload";

// One of the few unit tests that read the real data/ on purpose: its point is that the catalog
// still reproduces the source article's cost table, and that the article preset's wording (its
// cheapest model has been shut down) is still true. Every other unit test uses the fixture.
describe("the article's cost table (real catalog, today 2026-11-25)", () => {
  const models = toCalculatorModels(loadCatalog(), "2026-11-25");
  const article = PRESETS.find((p) => p.id === "article")!;
  const { visible } = visibleModels(models, {
    includeRetired: article.includeRetired,
    includeSnapshots: false,
    focus: article.focus,
  });
  const rows = calculatorRows(visible, toWorkload(article.inputs), {
    tier: "standard",
    budget: null,
    requestsPerDay: null,
    sort: { column: "month", desc: false },
  });

  it("reproduces the article's table to the cent: cost per day, per month and relative cost", () => {
    expect(rows.map((r) => r.model.id)).toEqual([...ARTICLE_MODELS]);
    const table = rows.map((r) =>
      r.result.ok ? [r.model.id, formatUsd(r.result.perDay), formatUsd(r.result.perMonth), formatMultiplier(r.relative!)] : [],
    );
    expect(table).toEqual([
      ["gpt-4.1-nano", "$0.30", "$9.00", "1×"],
      ["gpt-4o-mini", "$0.45", "$13.50", "1.5×"],
      ["gpt-4.1-mini", "$1.20", "$36.00", "4×"],
    ]);
    expect(rows[0]!.cheapest).toBe(true);
  });

  it("none of its models stays callable past 90 days: the headline names today's cheapest lasting model instead", () => {
    // gpt-4.1-nano is shut down (Oct 23, 2026) and gpt-4o-mini retires on Jan 14, 2027, 50 days
    // away. Today's cheapest lasting model on the same workload: gpt-6-luna, ($0.10 + $0.50 / 2) × 30 = $10.50,
    // dearer than gpt-4.1-nano ($9.00, named as shut down) and cheaper than gpt-4o-mini ($13.50, not named).
    const h = headlineFor(rows, models, toWorkload(article.inputs), "standard");
    expect(headlineText(h)).toBe(
      "None of the models shown stays callable past 90 days. Cheapest that does: gpt-6-luna at $10.50 a month (not shown). " +
        "gpt-4.1-nano would be $9.00 a month but was shut down on Oct 23, 2026.",
    );
  });
});
