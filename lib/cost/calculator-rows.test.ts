import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { toCalculatorModels } from "./calculator-models";
import { calculatorRows, cheapestRows, sortRows, unpricedText, visibleModels, type CalcRow } from "./calculator-rows";
import { ARTICLE_MODELS, PRESETS } from "./presets";
import { formatMultiplier, formatUsd } from "@/lib/format";
import { DEFAULT_INPUTS, toWorkload } from "./workload";

const TODAY = "2026-11-25";
const models = toCalculatorModels(loadCatalog(), TODAY);
const ids = models.map((m) => m.id);

describe("toCalculatorModels", () => {
  it("has one row per model, plus only the snapshots priced differently from their alias", () => {
    expect(ids).toContain("gpt-4.1-nano");
    expect(ids).toContain("gpt-6-luna");
    expect(ids).not.toContain("gpt-4.1-nano-2025-04-14");
    expect(models.filter((m) => m.kind === "snapshot").map((m) => m.id).sort()).toEqual(["gpt-4o-2024-05-13", "gpt-4o-2024-11-20"]);
  });
  it("marks shut-down and unknown-status models as retired, as of today", () => {
    const retired = models.filter((m) => m.retired).map((m) => m.id);
    expect(retired).toEqual(expect.arrayContaining(["gpt-4.1-nano", "gpt-3.5-turbo", "o4-mini", "gpt-4o-2024-05-13"]));
    expect(retired).not.toContain("gpt-4o-mini");
    // gpt-5-nano shuts down on 2026-12-11: retired the day after, not before.
    expect(toCalculatorModels(loadCatalog(), "2026-12-11").find((m) => m.id === "gpt-5-nano")?.retired).toBe(true);
    expect(models.find((m) => m.id === "gpt-5-nano")?.retired).toBe(false);
  });
});

describe("calculatorRows with the catalog", () => {
  const article = PRESETS.find((p) => p.id === "article")!;
  const { visible } = visibleModels(models, { includeRetired: article.includeRetired, includeSnapshots: false, focus: article.focus });
  const rows = calculatorRows(visible, toWorkload(article.inputs), { tier: "standard", budget: null, requestsPerDay: null, sort: { column: "month", desc: false } });
  const byId = (id: string) => rows.find((r) => r.model.id === id)!;

  it("reproduces the article's table to the cent: cost per day, per month and relative cost", () => {
    expect(rows.map((r) => r.model.id)).toEqual([...ARTICLE_MODELS]);
    const table = rows.map((r) => (r.result.ok ? [r.model.id, formatUsd(r.result.perDay), formatUsd(r.result.perMonth), formatMultiplier(r.relative!)] : []));
    expect(table).toEqual([
      ["gpt-4.1-nano", "$0.30", "$9.00", "1×"],
      ["gpt-4o-mini", "$0.45", "$13.50", "1.5×"],
      ["gpt-4.1-mini", "$1.20", "$36.00", "4×"],
    ]);
    expect(byId("gpt-4.1-nano").cheapest).toBe(true);
  });

  it("names the cheapest model that can still be called when the cheapest is retired", () => {
    const { cheapest, callable } = cheapestRows(rows);
    expect(cheapest?.model.id).toBe("gpt-4.1-nano");
    expect(callable?.model.id).toBe("gpt-4o-mini");
  });

  it("hides retired models unless asked, and reports focused models that the switches hide", () => {
    const v = visibleModels(models, { includeRetired: false, includeSnapshots: false, focus: article.focus });
    expect(v.visible.map((m) => m.id)).toEqual(["gpt-4.1-mini", "gpt-4o-mini"]);
    expect(v.hiddenFocus).toEqual(["gpt-4.1-nano"]);
    const all = visibleModels(models, { includeRetired: false, includeSnapshots: false, focus: [] });
    expect(all.visible.every((m) => !m.retired && m.kind !== "snapshot")).toBe(true);
    expect(visibleModels(models, { includeRetired: true, includeSnapshots: true, focus: [] }).visible).toHaveLength(models.length);
  });

  it("says when a model has no such tier or no published price, instead of using another tier", () => {
    const { visible: all } = visibleModels(models, { includeRetired: true, includeSnapshots: true, focus: [] });
    const flex = calculatorRows(all, toWorkload(DEFAULT_INPUTS), { tier: "flex", budget: null, requestsPerDay: null, sort: { column: "month", desc: false } });
    const luna = flex.find((r) => r.model.id === "gpt-6-luna")!;
    expect(luna.result.ok).toBe(true);
    expect(luna.standardPerMonth).toBe("10.5");
    expect(flex.find((r) => r.model.id === "gpt-4o-mini")!.result).toMatchObject({ ok: false, reason: "no-tier" });
    // Unpriced rows sort last whatever the direction.
    expect(flex.at(-1)!.result.ok).toBe(false);
    const batch = calculatorRows(all, toWorkload(DEFAULT_INPUTS), { tier: "batch", budget: null, requestsPerDay: null, sort: { column: "month", desc: true } });
    expect(batch.find((r) => r.model.id === "gpt-4o-mini")!.result).toMatchObject({ ok: false, reason: "no-price" });
    expect(batch.at(-1)!.result.ok).toBe(false);
  });

  it("refuses requests beyond a model's context window and surcharges long requests (RAG preset)", () => {
    const rag = PRESETS.find((p) => p.id === "rag")!;
    const v = visibleModels(models, { includeRetired: false, includeSnapshots: false, focus: [] }).visible;
    const r = calculatorRows(v, toWorkload(rag.inputs), { tier: "standard", budget: null, requestsPerDay: rag.inputs.requestsPerDay, sort: { column: "month", desc: false } });
    const get = (id: string) => r.find((x) => x.model.id === id)!.result;
    expect(get("gpt-4o-mini")).toMatchObject({ ok: false, reason: "exceeds-context" });
    expect(get("gpt-5-nano")).toMatchObject({ ok: false, reason: "exceeds-context" });
    expect(get("gpt-6-luna")).toMatchObject({ ok: true, longContextApplied: true });
    expect(get("gpt-4.1-mini")).toMatchObject({ ok: true, longContextApplied: false });
  });

  it("says what a budget buys", () => {
    const support = PRESETS.find((p) => p.id === "support")!;
    const v = visibleModels(models, { includeRetired: false, includeSnapshots: false, focus: ["gpt-6-luna"] }).visible;
    const [row] = calculatorRows(v, toWorkload(support.inputs), { tier: "standard", budget: "100", requestsPerDay: support.inputs.requestsPerDay, sort: { column: "month", desc: false } });
    // Per request: 1,000 × 0.10 + 1,000 × 0.01 + 250 × 0.50 per 1M = $0.000235 → 5,000 a day × 30 = $35.25 a month.
    // $100 buys 100 / 35.25 = 2.836… times the workload: 425,531 whole requests, or 957,446,808 tokens in the same mix.
    expect(row!.result).toMatchObject({ ok: true, perMonth: "35.25" });
    expect(row!.budget).toEqual({ ok: true, times: "2.83", tokensPerMonth: "957446808", requestsPerMonth: "425531" });
  });
});

describe("sortRows", () => {
  const { visible } = visibleModels(models, { includeRetired: true, includeSnapshots: true, focus: [] });
  const rows = calculatorRows(visible, toWorkload(DEFAULT_INPUTS), { tier: "standard", budget: "50", requestsPerDay: null, sort: { column: "month", desc: false } });
  const priced = (rs: CalcRow[]) => rs.filter((r) => r.result.ok);
  const month = (r: CalcRow) => (r.result.ok ? Number(r.result.perMonth) : Number.NaN);

  it("sorts by any column in both directions, unpriced rows last", () => {
    const asc = sortRows(rows, { column: "month", desc: false });
    const desc = sortRows(rows, { column: "month", desc: true });
    expect(priced(asc).map(month)).toEqual([...priced(asc).map(month)].sort((a, b) => a - b));
    expect(priced(desc).map(month)).toEqual([...priced(desc).map(month)].sort((a, b) => b - a));
    for (const s of [asc, desc]) expect(s.findIndex((r) => !r.result.ok)).toBe(priced(s).length);
    expect(sortRows(rows, { column: "model", desc: false }).map((r) => r.model.id)[0]).toBe("gpt-3.5-turbo");
    const byBudget = priced(sortRows(rows, { column: "budget", desc: true }));
    expect(byBudget[0]!.model.id).toBe(priced(asc)[0]!.model.id);
    expect(sortRows(rows, { column: "relative", desc: false }).map((r) => r.model.id)).toEqual(asc.map((r) => r.model.id));
  });
});

describe("unpricedText", () => {
  it("names the missing tier or price in the row's words", () => {
    const m = models.find((x) => x.id === "gpt-4o-mini")!;
    const [flex] = calculatorRows([m], toWorkload(DEFAULT_INPUTS), { tier: "flex", budget: null, requestsPerDay: null, sort: { column: "month", desc: false } });
    expect(unpricedText(flex!.result, "flex")).toBe("No flex tier");
    const [batch] = calculatorRows([m], toWorkload(DEFAULT_INPUTS), { tier: "batch", budget: null, requestsPerDay: null, sort: { column: "month", desc: false } });
    expect(unpricedText(batch!.result, "batch")).toBe("Batch price not published");
    const snap = models.find((x) => x.id === "gpt-4o-2024-11-20")!;
    const [std] = calculatorRows([snap], toWorkload(DEFAULT_INPUTS), { tier: "standard", budget: null, requestsPerDay: null, sort: { column: "month", desc: false } });
    expect(unpricedText(std!.result, "standard")).toBe("Standard price not published");
  });
});
