import { describe, expect, it } from "vitest";

import { loadCatalog } from "@/lib/catalog/load";
import { formatMultiplier, formatUsd } from "@/lib/format";

import { toCalculatorModels } from "./calculator-models";
import { calculatorRows, cheapestRows, visibleModels } from "./calculator-rows";
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

  it("its cheapest model is shut down, and the cheapest that can still be called is named", () => {
    const { cheapest, callable } = cheapestRows(rows);
    expect(cheapest?.model.id).toBe("gpt-4.1-nano");
    expect(cheapest?.model.retired).toBe(true);
    expect(callable?.model.id).toBe("gpt-4o-mini");
  });
});
