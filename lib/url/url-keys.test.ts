/**
 * One short key, one meaning, in every view: `in` is input tokens a day wherever a link carries
 * it, and a link's key never means one thing in one view and another elsewhere (`req` once did:
 * requests a day in the calculator, tokens per request in the planner). The table below lists
 * every key of every view's links with what it means and a value each view reads the same way;
 * a new parameter or view adds its rows here (a missing row fails the first test).
 */
import type { SearchParams } from "nuqs/server";
import { describe, expect, it } from "vitest";

import { calculatorUrlKeys, loadCalculatorParams } from "./calculator";
import { catalogOldKeys, catalogUrlKeys, loadCatalogParams } from "./catalog";
import { chartsUrlKeys, loadChartsParams } from "./charts";
import { compareUrlKeys, loadCompareParams } from "./compare";
import { loadMigrateParams, migrateOldKeys, migrateUrlKeys } from "./migrate";
import { loadUsageParams, usageUrlKeys } from "./usage";
import { loadWizardParams, wizardOldKeys, wizardUrlKeys } from "./wizard";

type View = "catalog" | "calculator" | "charts" | "compare" | "migrate" | "wizard" | "usage";

const VIEWS: Record<View, { keys: Record<string, string>; oldKeys: Record<string, string>; load: (sp: SearchParams) => object }> =
  {
    catalog: { keys: catalogUrlKeys, oldKeys: catalogOldKeys, load: loadCatalogParams },
    calculator: { keys: calculatorUrlKeys, oldKeys: {}, load: loadCalculatorParams },
    charts: { keys: chartsUrlKeys, oldKeys: {}, load: loadChartsParams },
    compare: { keys: compareUrlKeys, oldKeys: {}, load: loadCompareParams },
    migrate: { keys: migrateUrlKeys, oldKeys: migrateOldKeys, load: loadMigrateParams },
    wizard: { keys: wizardUrlKeys, oldKeys: wizardOldKeys, load: loadWizardParams },
    usage: { keys: usageUrlKeys, oldKeys: {}, load: loadUsageParams },
  };

/** A view's use of a key: the state field it fills, a value in a link, and what the view reads from it. */
type Use = { view: View; field: string; sample: string; reads: unknown };
const inView = (view: View, field: string, sample: string, reads: unknown): Use => ({ view, field, sample, reads });

const tokensADay = (field: Record<"calculator" | "compare" | "migrate" | "wizard", string>, sample: string, n: number) =>
  (Object.entries(field) as [View, string][]).map(([view, f]) => inView(view, f, sample, n));

/** Every key a link writes: what it means, and each view that has it. */
const KEYS: Record<string, { meaning: string; uses: Use[] }> = {
  q: { meaning: "search text", uses: [inView("catalog", "q", "nano", "nano")] },
  sort: {
    meaning: "order of the view's table: a column, '-' first for descending",
    uses: [
      inView("catalog", "sort", "-input,model", [
        { id: "input", desc: true },
        { id: "model", desc: false },
      ]),
      inView("calculator", "sort", "-month", { column: "month", desc: true }),
      inView("usage", "sort", "-monthly", { column: "monthly", desc: true }),
    ],
  },
  fam: { meaning: "families shown", uses: [inView("catalog", "families", "Alpha,Beta", ["Alpha", "Beta"])] },
  st: { meaning: "lifecycle statuses shown", uses: [inView("catalog", "statuses", "active", ["active"])] },
  live: { meaning: "hide shut-down models", uses: [inView("catalog", "hideShutdown", "true", true)] },
  rf: { meaning: "reasoning filter: any, yes or no", uses: [inView("catalog", "reasoning", "yes", "yes")] },
  img: {
    meaning: "image input: only models that take images (or, with no, those that do not)",
    uses: [inView("catalog", "image", "yes", "yes"), inView("wizard", "images", "yes", "yes")],
  },
  ctx: { meaning: "minimum context window, tokens", uses: [inView("catalog", "minContext", "400000", 400_000)] },
  cols: { meaning: "table columns shown", uses: [inView("catalog", "columns", "model,input", ["model", "input"])] },
  sel: { meaning: "models selected for comparison", uses: [inView("catalog", "selected", "alpha-nano", ["alpha-nano"])] },
  open: { meaning: "aliases whose snapshots are shown", uses: [inView("catalog", "expanded", "alpha-nano", ["alpha-nano"])] },
  all: { meaning: "every row, not the first page", uses: [inView("catalog", "showAll", "true", true)] },
  flat: { meaning: "rows in one list, not grouped by lifecycle standing", uses: [inView("catalog", "flat", "true", true)] },

  mode: {
    meaning: "calculator volumes entered per day or per request",
    uses: [inView("calculator", "mode", "request", "request")],
  },
  in: {
    meaning: "input tokens a day",
    uses: tokensADay(
      { calculator: "inputPerDay", compare: "inputPerDay", migrate: "inPerDay", wizard: "inPerDay" },
      "2000000",
      2_000_000,
    ),
  },
  out: {
    meaning: "output tokens a day",
    uses: tokensADay(
      { calculator: "outputPerDay", compare: "outputPerDay", migrate: "outPerDay", wizard: "outPerDay" },
      "400000",
      400_000,
    ),
  },
  rsn: {
    meaning: "reasoning tokens a day",
    uses: [inView("calculator", "reasoningPerDay", "100000", 100_000), inView("migrate", "reasoningPerDay", "100000", 100_000)],
  },
  req: { meaning: "requests a day", uses: [inView("calculator", "requestsPerDay", "5000", 5_000)] },
  inr: { meaning: "input tokens per request", uses: [inView("calculator", "inputPerRequest", "2000", 2_000)] },
  outr: { meaning: "output tokens per request", uses: [inView("calculator", "outputPerRequest", "250", 250)] },
  rsnr: { meaning: "reasoning tokens per request", uses: [inView("calculator", "reasoningPerRequest", "1000", 1_000)] },
  cache: { meaning: "share of input served from the prompt cache, %", uses: [inView("calculator", "cachedPercent", "50", 50)] },
  days: { meaning: "days in a month", uses: [inView("calculator", "daysPerMonth", "20", 20)] },
  tier: {
    meaning: "service tier the prices are read from",
    uses: [
      inView("calculator", "tier", "batch", "batch"),
      inView("charts", "tier", "batch", "batch"),
      inView("compare", "tier", "batch", "batch"),
      inView("usage", "tier", "batch", "batch"),
    ],
  },
  preset: { meaning: "the calculator preset started from", uses: [inView("calculator", "preset", "rag", "rag")] },
  m: {
    meaning: "models chosen, by ID",
    uses: (["calculator", "charts", "compare"] as const).map((v) =>
      inView(v, "models", "alpha-nano,beta-lite", ["alpha-nano", "beta-lite"]),
    ),
  },
  budget: { meaning: "monthly budget, USD", uses: [inView("calculator", "budget", "500", "500")] },
  retired: { meaning: "include retired models", uses: [inView("calculator", "retired", "1", true)] },
  snap: { meaning: "show dated snapshots priced on their own", uses: [inView("calculator", "snapshots", "1", true)] },
  axis: { meaning: "token volume on the cost chart's axis", uses: [inView("calculator", "chartAxis", "output", "output")] },
  on: {
    meaning: "the day prices and statuses are read as of (absent: today)",
    uses: [inView("calculator", "on", "2025-04-15", "2025-04-15"), inView("compare", "on", "2025-04-15", "2025-04-15")],
  },

  b: { meaning: "benchmark of the benchmark chart", uses: [inView("charts", "bench", "gpqa-diamond", "gpqa-diamond")] },
  scale: { meaning: "benchmark chart's axis scale", uses: [inView("charts", "scale", "log", "log")] },
  qb: {
    meaning: "benchmark of the quality-against-price chart",
    uses: [inView("charts", "qbench", "gpqa-diamond", "gpqa-diamond")],
  },
  mix: { meaning: "input share of the blended price, %", uses: [inView("charts", "mix", "50", 50)] },
  qf: {
    meaning: "models the quality chart's frontier is drawn through",
    uses: [inView("charts", "frontier", "shown", "shown")],
  },
  qscale: { meaning: "quality chart's price-axis scale", uses: [inView("charts", "qscale", "log", "log")] },
  old: { meaning: "include retired models", uses: [inView("charts", "retired", "1", true)] },
  tbl: { meaning: "charts shown as tables", uses: [inView("charts", "tables", "bench,price", ["bench", "price"])] },
  sb: { meaning: "order of the benchmark table", uses: [inView("charts", "sortBench", "-score", { id: "score", desc: true })] },
  sp: { meaning: "order of the price table", uses: [inView("charts", "sortPrice", "input", { id: "input", desc: false })] },
  sc: {
    meaning: "order of the context table",
    uses: [inView("charts", "sortContext", "-contextWindow", { id: "contextWindow", desc: true })],
  },
  sq: { meaning: "order of the quality table", uses: [inView("charts", "sortQuality", "price", { id: "price", desc: false })] },

  d: { meaning: "only the rows that differ", uses: [inView("compare", "diffOnly", "1", true)] },

  from: { meaning: "the model migrated from", uses: [inView("migrate", "from", "gamma-mini", "gamma-mini")] },
  to: { meaning: "the model migrated to", uses: [inView("migrate", "to", "beta-lite", "beta-lite")] },
  ft: { meaning: "the user fine-tunes, so a replacement must offer it", uses: [inView("migrate", "fineTuning", "true", true)] },
  tpr: { meaning: "input tokens per request", uses: [inView("migrate", "perRequest", "300000", 300_000)] },

  s: { meaning: "wizard step", uses: [inView("wizard", "step", "3", 3)] },
  p: { meaning: "first priority", uses: [inView("wizard", "primary", "cost", "cost")] },
  p2: { meaning: "second priority", uses: [inView("wizard", "secondary", "speed", "speed")] },
  ti: { meaning: "typical input tokens per request", uses: [inView("wizard", "typical", "2000", 2_000)] },
  tl: { meaning: "largest input tokens per request", uses: [inView("wizard", "largest", "8000", 8_000)] },
  aud: { meaning: "audio input needed", uses: [inView("wizard", "audio", "no", "no")] },
  wm: { meaning: "wizard workload given as tokens or requests", uses: [inView("wizard", "mode", "requests", "requests")] },
  rpd: { meaning: "requests a day", uses: [inView("wizard", "requests", "5000", 5_000)] },
  opr: { meaning: "output tokens per request", uses: [inView("wizard", "outPerRequest", "250", 250)] },
  prompt: {
    meaning: "a sample prompt (one parameter each)",
    uses: [inView("wizard", "prompts", "Summarise this", ["Summarise this"])],
  },
  sum: { meaning: "a usage file's compact summary (versioned aggregate)", uses: [inView("usage", "summary", "", null)] },
  rs: { meaning: "reasoning share of output expected on other models, %", uses: [inView("usage", "reasoning", "30", 30)] },
  rsf: { meaning: "reasoning share of output in the usage file, %", uses: [inView("usage", "fileReasoning", "20", 20)] },
  lang: { meaning: "language of the evaluation script", uses: [inView("wizard", "lang", "python", "python")] },
};

/** Old names still read by one view (never written): each means there what the view's new key means. */
const OLD_KEYS: Record<string, Use> = {
  rsn: inView("catalog", "reasoning", "yes", "yes"),
  q: inView("wizard", "prompts", "Summarise this", ["Summarise this"]),
  req: inView("migrate", "perRequest", "300000", 300_000),
};

/** Keys whose values are each view's own vocabulary: the meaning is shared, the columns are not. */
const OWN_VOCABULARY = new Set(["sort"]);

const read = (u: Use, key: string) => (VIEWS[u.view].load({ [key]: u.sample }) as Record<string, unknown>)[u.field];

describe("one key, one meaning, across views", () => {
  it("the table lists every key of every view, in the view and field that use it", () => {
    const fromViews = Object.entries(VIEWS).flatMap(([view, { keys }]) =>
      Object.entries(keys).map(([field, key]) => `${key} ${view}.${field}`),
    );
    const fromTable = Object.entries(KEYS).flatMap(([key, { uses }]) => uses.map((u) => `${key} ${u.view}.${u.field}`));
    expect(fromTable.sort()).toEqual(fromViews.sort());
    const oldFromViews = Object.entries(VIEWS).flatMap(([view, { oldKeys }]) =>
      Object.entries(oldKeys).map(([field, key]) => `${key} ${view}.${field}`),
    );
    expect(
      Object.entries(OLD_KEYS)
        .map(([key, u]) => `${key} ${u.view}.${u.field}`)
        .sort(),
    ).toEqual(oldFromViews.sort());
  });

  it("each view reads a key's sample value as the table says", () => {
    for (const [key, { uses }] of Object.entries(KEYS)) {
      for (const u of uses) expect(read(u, key), `${key} in ${u.view}`).toEqual(u.reads);
    }
  });

  it("a key shared by views reads the same value the same way in each", () => {
    for (const [key, { uses }] of Object.entries(KEYS)) {
      if (uses.length < 2 || OWN_VOCABULARY.has(key)) continue;
      const [first, ...rest] = uses;
      for (const u of rest)
        expect([u.sample, read(u, key)], `${key}: ${first!.view} and ${u.view}`).toEqual([first!.sample, first!.reads]);
    }
  });

  it("an old name is read as its new key, and is no current key of its own view", () => {
    for (const [old, u] of Object.entries(OLD_KEYS)) {
      expect(read(u, old), old).toEqual(u.reads);
      expect(Object.values(VIEWS[u.view].keys)).not.toContain(old);
    }
  });
});
