import { describe, expect, it } from "vitest";

import { fixtureCatalog, FIXTURE_TODAY as TODAY } from "@/lib/catalog/fixture.test-helpers";
import { catalogOn } from "@/lib/catalog/prices-on";

import { toCalculatorModels } from "./calculator-models";
import { calculatorRows, focusedRows, sortRows, unpricedText, visibleModels, type CalcRow } from "./calculator-rows";
import { PRESETS } from "./presets";
import { DEFAULT_INPUTS, toWorkload } from "./workload";

const models = toCalculatorModels(fixtureCatalog, TODAY);
const ids = models.map((m) => m.id);
const byMonth = { tier: "standard", budget: null, requestsPerDay: null, sort: { column: "month", desc: false } } as const;

describe("toCalculatorModels (fixture catalog, today 2026-11-25)", () => {
  it("has one row per model, plus only the snapshots priced differently from their alias", () => {
    expect(ids).toEqual([
      "alpha-mini",
      "alpha-nano",
      "beta-lite",
      "delta-nano",
      "gamma-mini",
      "gamma-nano",
      "omega",
      "omega-2024-05-13",
      "zeta-old",
    ]);
    expect(models.find((m) => m.id === "omega-2024-05-13")).toMatchObject({
      kind: "snapshot",
      aliasId: "omega",
      replacement: "omega-next",
    });
  });

  it("marks shut-down and unknown-status models as retired, as of today", () => {
    expect(models.filter((m) => m.retired).map((m) => m.id)).toEqual(["gamma-nano", "omega-2024-05-13", "zeta-old"]);
    // delta-nano shuts down on 2026-12-11: retired on that day, not before.
    expect(toCalculatorModels(fixtureCatalog, "2026-12-11").find((m) => m.id === "delta-nano")?.retired).toBe(true);
    expect(toCalculatorModels(fixtureCatalog, "2026-12-10").find((m) => m.id === "delta-nano")?.retired).toBe(false);
  });

  it("compares a snapshot's prices with its alias's by value, not by the day each dates them from", () => {
    // Priced by the loader (catalogOn), omega's prices date from its own release and
    // omega-2024-08-06's from the snapshot's: the same figures, so the snapshot is not a row.
    const ids = toCalculatorModels(catalogOn(fixtureCatalog, TODAY), TODAY).map((m) => m.id);
    expect(ids).not.toContain("omega-2024-08-06");
    expect(ids).toContain("omega-2024-05-13");
  });

  it("as of a past day: models released later are not yet released (not callable), the rest stand as they stood", () => {
    // 2026-04-01 (the catalog priced that day): beta-lite comes out on 2026-06-01; gamma-nano's
    // notice is 2026-04-23, so it is still active, lasting (its shutdown, 2026-10-23, is 205 days off).
    const day = "2026-04-01";
    const then = toCalculatorModels(catalogOn(fixtureCatalog, day), day);
    const of = (id: string) => then.find((m) => m.id === id)!;
    expect([of("beta-lite").status, of("beta-lite").retired, of("beta-lite").outlook.standing]).toEqual([
      "unreleased",
      true,
      "gone",
    ]);
    expect([of("gamma-nano").status, of("gamma-nano").retired, of("gamma-nano").outlook]).toEqual([
      "active",
      false,
      { standing: "lasting", shutdownDate: "2026-10-23", daysLeft: 205 },
    ]);
    // alpha-nano's Standard input that day: $0.20 (cut to $0.10 on 2026-06-01).
    expect(of("alpha-nano").tiers.standard?.input).toBe(0.2);
  });
});

describe("calculatorRows with the fixture catalog", () => {
  it("prices each row, relative to the cheapest shown", () => {
    const focus = ["gamma-nano", "beta-lite", "gamma-mini"];
    const { visible } = visibleModels(models, { includeRetired: true, includeSnapshots: false, focus });
    const rows = calculatorRows(visible, toWorkload(DEFAULT_INPUTS), byMonth);
    // 1M input + 500K output a day, 30 days: gamma-nano $0.10 + $0.20 → $9; beta-lite $0.35 → $10.50;
    // gamma-mini $0.40 + $0.50 → $27. Relative: 10.5 / 9 = 1.1666…, 27 / 9 = 3.
    expect(
      rows.map((r) => [r.model.id, r.result.ok && r.result.perDay, r.result.ok && r.result.perMonth, r.relative, r.cheapest]),
    ).toEqual([
      ["gamma-nano", "0.3", "9", "1", true],
      ["beta-lite", "0.35", "10.5", "1.17", false],
      ["gamma-mini", "0.9", "27", "3", false],
    ]);
  });

  it("hides retired models unless asked, and reports focused models that the switches hide", () => {
    const v = visibleModels(models, {
      includeRetired: false,
      includeSnapshots: false,
      focus: ["gamma-nano", "gamma-mini", "alpha-nano"],
    });
    expect(v.visible.map((m) => m.id)).toEqual(["alpha-nano", "gamma-mini"]);
    expect(v.hiddenFocus).toEqual(["gamma-nano"]);
    const all = visibleModels(models, { includeRetired: false, includeSnapshots: false, focus: [] });
    expect(all.visible.map((m) => m.id)).toEqual(["alpha-mini", "alpha-nano", "beta-lite", "delta-nano", "gamma-mini", "omega"]);
    expect(visibleModels(models, { includeRetired: true, includeSnapshots: true, focus: [] }).visible).toHaveLength(
      models.length,
    );
  });

  it("says when a model has no such tier or no published price, instead of using another tier", () => {
    const { visible: all } = visibleModels(models, { includeRetired: true, includeSnapshots: true, focus: [] });
    const flex = calculatorRows(all, toWorkload(DEFAULT_INPUTS), { ...byMonth, tier: "flex" });
    // beta-lite on Flex: $0.05 + 0.5 × $0.25 = $0.175 a day → $5.25; at Standard $10.50.
    expect(flex.find((r) => r.model.id === "beta-lite")).toMatchObject({
      result: { ok: true, perMonth: "5.25" },
      standardPerMonth: "10.5",
    });
    expect(flex.find((r) => r.model.id === "gamma-mini")!.result).toMatchObject({ ok: false, reason: "no-tier" });
    // Only alpha-mini and beta-lite have Flex prices: they come first, cheapest first; unpriced rows sort last whatever the direction.
    expect(flex.map((r) => r.result.ok)).toEqual([true, true, ...Array(models.length - 2).fill(false)]);
    expect(flex.slice(0, 2).map((r) => r.model.id)).toEqual(["beta-lite", "alpha-mini"]);
    const batch = calculatorRows(all, toWorkload(DEFAULT_INPUTS), {
      ...byMonth,
      tier: "batch",
      sort: { column: "month", desc: true },
    });
    expect(batch.find((r) => r.model.id === "gamma-mini")!.result).toMatchObject({ ok: false, reason: "no-price" });
    expect(batch.at(-1)!.result.ok).toBe(false);
  });

  it("refuses requests beyond a model's context window and surcharges long requests (RAG preset)", () => {
    const rag = PRESETS.find((p) => p.id === "rag")!;
    const v = visibleModels(models, { includeRetired: false, includeSnapshots: false, focus: [] }).visible;
    const r = calculatorRows(v, toWorkload(rag.inputs), { ...byMonth, requestsPerDay: rag.inputs.requestsPerDay });
    const get = (id: string) => r.find((x) => x.model.id === id)!.result;
    // 300,000 input tokens per request: more than delta-nano's and omega's 128,000-token windows.
    expect(get("delta-nano")).toMatchObject({ ok: false, reason: "exceeds-context" });
    expect(get("omega")).toMatchObject({ ok: false, reason: "exceeds-context" });
    // Over beta-lite's 272,000 threshold; alpha-mini's 400,000 window takes 300,000 + 3,000 generated.
    expect(get("beta-lite")).toMatchObject({ ok: true, longContextApplied: true });
    expect(get("alpha-mini")).toMatchObject({ ok: true, longContextApplied: false });
    expect(get("gamma-mini")).toMatchObject({ ok: true, longContextApplied: false });
  });

  it("says what a budget buys", () => {
    const support = PRESETS.find((p) => p.id === "support")!;
    const v = visibleModels(models, { includeRetired: false, includeSnapshots: false, focus: ["beta-lite"] }).visible;
    const [row] = calculatorRows(v, toWorkload(support.inputs), {
      ...byMonth,
      budget: "100",
      requestsPerDay: support.inputs.requestsPerDay,
    });
    // Per request: 1,000 × 0.10 + 1,000 × 0.01 + 250 × 0.50 per 1M = $0.000235 → 5,000 a day × 30 = $35.25 a month.
    // $100 buys 100 / 35.25 = 2.836… times the workload: 425,531 whole requests, or 957,446,808 tokens in the same mix.
    expect(row!.result).toMatchObject({ ok: true, perMonth: "35.25" });
    expect(row!.budget).toEqual({ ok: true, times: "2.83", tokensPerMonth: "957446808", requestsPerMonth: "425531" });
  });
});

describe("sortRows", () => {
  const { visible } = visibleModels(models, { includeRetired: true, includeSnapshots: true, focus: [] });
  const rows = calculatorRows(visible, toWorkload(DEFAULT_INPUTS), { ...byMonth, budget: "50" });
  const priced = (rs: CalcRow[]) => rs.filter((r) => r.result.ok);

  it("sorts by any column in both directions, unpriced rows last", () => {
    // Monthly: delta-nano 7.5, gamma-nano 9, beta-lite 10.5, alpha-nano 11.25, gamma-mini 27, alpha-mini 90,
    // zeta-old 99, omega 225; omega-2024-05-13 has no Standard price.
    const asc = sortRows(rows, { column: "month", desc: false });
    const order = ["delta-nano", "gamma-nano", "beta-lite", "alpha-nano", "gamma-mini", "alpha-mini", "zeta-old", "omega"];
    expect(asc.map((r) => r.model.id)).toEqual([...order, "omega-2024-05-13"]);
    expect(sortRows(rows, { column: "month", desc: true }).map((r) => r.model.id)).toEqual([
      ...[...order].reverse(),
      "omega-2024-05-13",
    ]);
    expect(sortRows(rows, { column: "model", desc: false }).map((r) => r.model.id)[0]).toBe("alpha-mini");
    // The most a budget buys is the cheapest model's.
    expect(priced(sortRows(rows, { column: "budget", desc: true }))[0]!.model.id).toBe("delta-nano");
    expect(sortRows(rows, { column: "relative", desc: false }).map((r) => r.model.id)).toEqual(asc.map((r) => r.model.id));
  });
});

describe("unpricedText", () => {
  it("names the missing tier or price in the row's words", () => {
    const m = models.find((x) => x.id === "gamma-mini")!;
    const [flex] = calculatorRows([m], toWorkload(DEFAULT_INPUTS), { ...byMonth, tier: "flex" });
    expect(unpricedText(flex!.result, "flex")).toBe("No flex tier");
    const [batch] = calculatorRows([m], toWorkload(DEFAULT_INPUTS), { ...byMonth, tier: "batch" });
    expect(unpricedText(batch!.result, "batch")).toBe("Batch price not published");
    const [fast] = calculatorRows([m], toWorkload(DEFAULT_INPUTS), { ...byMonth, tier: "fast" });
    expect(unpricedText(fast!.result, "fast")).toBe("No fast mode (priority) tier");
    // beta-lite on 2026-04-01, two months before its release: no price, and that is why.
    const early = toCalculatorModels(catalogOn(fixtureCatalog, "2026-04-01"), "2026-04-01").find((x) => x.id === "beta-lite")!;
    const [unreleased] = calculatorRows([early], toWorkload(DEFAULT_INPUTS), byMonth);
    expect(unpricedText(unreleased!.result, "standard", early.status)).toBe("Not released yet on this day: no price");
    const snap = models.find((x) => x.id === "omega-2024-05-13")!;
    const [std] = calculatorRows([snap], toWorkload(DEFAULT_INPUTS), byMonth);
    expect(unpricedText(std!.result, "standard")).toBe("Standard price not published");
  });
});

describe("focusedRows", () => {
  it("keeps the focus order and skips models that are not shown", () => {
    const { visible } = visibleModels(models, { includeRetired: false, includeSnapshots: false, focus: [] });
    const rows = calculatorRows(visible, toWorkload(DEFAULT_INPUTS), byMonth);
    expect(focusedRows(rows, ["gamma-mini", "gamma-nano", "beta-lite"]).map((r) => r.model.id)).toEqual([
      "gamma-mini",
      "beta-lite",
    ]);
    expect(focusedRows(rows, [])).toEqual([]);
  });
});
