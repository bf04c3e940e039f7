import { describe, expect, it, vi } from "vitest";

import { loadCatalog } from "@/lib/catalog/load";
import { formatMultiplier, formatUsd } from "@/lib/format";
import { inputsFromState, presetHref } from "@/lib/url/calculator";
import { loadCalculatorPage } from "@/lib/url/calculator-page";
import { toSearchParams } from "@/lib/url/renamed-keys";

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

describe("the calculator page as of a day (real catalog, today 2026-11-25)", () => {
  vi.stubEnv("NAVIGATOR_TODAY", "2026-11-25");
  const article = PRESETS.find((p) => p.id === "article")!;
  /** The article preset's link with `on`, through the page loader: its rows and headline, as the island shows them. */
  function articleOn(on: string | null) {
    const href = presetHref(article) + (on ? `&on=${on}` : "");
    const page = loadCalculatorPage(toSearchParams(new URL(href, "https://x.test").search));
    const workload = toWorkload(inputsFromState(page.state));
    const { visible } = visibleModels(page.models, { includeRetired: true, includeSnapshots: false, focus: page.state.models });
    const rows = calculatorRows(visible, workload, {
      tier: "standard",
      budget: null,
      requestsPerDay: null,
      sort: page.state.sort,
    });
    const totals = rows.map((r) => [r.model.id, r.result.ok ? formatUsd(r.result.perMonth) : "unpriced"]);
    return { page, totals, headline: headlineText(headlineFor(rows, page.models, workload, "standard")) };
  }

  it("on 2025-04-15 the article's three models cost what it said, and its cheapest one was the pick", () => {
    // data/: gpt-4.1-nano $0.10 / $0.40, gpt-4o-mini $0.15 / $0.60, gpt-4.1-mini $0.40 / $1.60 that day.
    // (0.10 + 0.40 / 2) × 30 = $9.00; (0.15 + 0.60 / 2) × 30 = $13.50; (0.40 + 1.60 / 2) × 30 = $36.00.
    const { page, totals, headline } = articleOn("2025-04-15");
    expect([page.day, page.ignored]).toEqual(["2025-04-15", []]);
    expect(totals).toEqual([
      ["gpt-4.1-nano", "$9.00"],
      ["gpt-4o-mini", "$13.50"],
      ["gpt-4.1-mini", "$36.00"],
    ]);
    // All three were active, their shutdowns more than 90 days away: gpt-4.1-nano is crowned.
    expect(headline).toBe("Cheapest model that stays callable: gpt-4.1-nano at $9.00 a month.");
    // Released later: gpt-6-luna (and o4-mini, the day after) were not callable yet.
    const status = (id: string) => page.models.find((m) => m.id === id)!.status;
    expect([status("gpt-6-luna"), status("o4-mini"), status("gpt-4.1-nano")]).toEqual(["unreleased", "unreleased", "active"]);
  });

  it("today (no `on`) the same workload's cheapest lasting model is GPT-6 Luna at $10.50", () => {
    const { page, headline } = articleOn(null);
    expect(page.day).toBe("2026-11-25");
    expect(headline).toMatch(
      /^None of the models shown stays callable past 90 days\. Cheapest that does: gpt-6-luna at \$10\.50 a month/,
    );
  });

  it("a bad day falls back to today and is named", () => {
    for (const on of ["2019-06-01", "2027-11-26", "not-a-date"]) {
      const { page } = articleOn(on);
      expect([page.day, page.state.on, page.ignored], on).toEqual(["2026-11-25", null, [{ key: "on", value: on }]]);
    }
  });
});
