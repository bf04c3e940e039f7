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

describe("prices through time (real catalog): the article's day and a price change", () => {
  const workload = toWorkload(PRESETS.find((p) => p.id === "article")!.inputs);
  const perMonth = (day: string, id: string) => {
    const model = toCalculatorModels(loadCatalog(day), day).find((m) => m.id === id)!;
    const rows = calculatorRows([model], workload, {
      tier: "standard",
      budget: null,
      requestsPerDay: null,
      sort: { column: "month", desc: false },
    });
    return rows[0]!.result.ok ? formatUsd(rows[0]!.result.perMonth) : "unpriced";
  };

  it("as of 2025-04-15 the article's three prices give its $9.00 / $13.50 / $36.00", () => {
    expect(ARTICLE_MODELS.map((id) => perMonth("2025-04-15", id))).toEqual(["$9.00", "$13.50", "$36.00"]);
  });

  it("GPT-5.6 Luna: the preview's $1 / $6 on 2026-07-01, $0.20 / $1.20 from general availability (2026-07-09)", () => {
    // (1.00 + 0.5 × 6.00) × 30 = $120.00; (0.20 + 0.5 × 1.20) × 30 = $24.00.
    expect(perMonth("2026-07-01", "gpt-5.6-luna")).toBe("$120.00");
    expect(perMonth("2026-07-09", "gpt-5.6-luna")).toBe("$24.00");
    // Before its release it has no price at all.
    expect(perMonth("2026-06-01", "gpt-5.6-luna")).toBe("unpriced");
  });

  it("o1-mini: $3 / $12 in October 2024, $1.10 / $4.40 from 2025-01-31", () => {
    // (3 + 0.5 × 12) × 30 = $270.00; (1.10 + 0.5 × 4.40) × 30 = $99.00.
    expect(perMonth("2024-11-01", "o1-mini")).toBe("$270.00");
    expect(perMonth("2025-02-01", "o1-mini")).toBe("$99.00");
  });
});
