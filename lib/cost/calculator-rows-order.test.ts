import { describe, expect, it } from "vitest";

import { fixtureCatalog, FIXTURE_TODAY as TODAY } from "@/lib/catalog/fixture.test-helpers";

import { toCalculatorModels } from "./calculator-models";
import { anyReasoning, calculatorRows, sortRows, unpricedText, visibleModels, type CalcSort } from "./calculator-rows";
import { calcModel } from "./fixtures.test-helpers";
import { monthlyCost } from "./price";
import { DEFAULT_INPUTS, toWorkload } from "./workload";

// The default workload: 1M input + 500K output tokens a day, 30 days.
const workload = () => toWorkload(DEFAULT_INPUTS);
const options = (sort: CalcSort, tier: "standard" | "flex" = "standard") => ({ tier, budget: null, requestsPerDay: null, sort });
const fixtureModels = () => toCalculatorModels(fixtureCatalog, TODAY);
const pick = (...ids: string[]) => ids.map((id) => fixtureModels().find((m) => m.id === id)!);
const idsOf = (rows: { model: { id: string } }[]) => rows.map((r) => r.model.id);

describe("visibleModels: the switches and the focus", () => {
  it("leaves snapshots out unless asked, even with retired models shown", () => {
    const v = (includeSnapshots: boolean) =>
      visibleModels(fixtureModels(), { includeRetired: true, includeSnapshots, focus: [] }).visible.map((m) => m.id);
    const models = ["alpha-mini", "alpha-nano", "beta-lite", "delta-nano", "gamma-mini", "gamma-nano", "omega"];
    expect(v(false)).toEqual([...models, "zeta-old"]);
    expect(v(true)).toEqual([...models, "omega-2024-05-13", "zeta-old"]);
  });

  it("shows every eligible model when the switches hide all the focused ones", () => {
    const v = visibleModels(fixtureModels(), { includeRetired: false, includeSnapshots: false, focus: ["gamma-nano"] });
    expect(v.visible.map((m) => m.id)).toEqual(["alpha-mini", "alpha-nano", "beta-lite", "delta-nano", "gamma-mini", "omega"]);
    expect(v.hiddenFocus).toEqual(["gamma-nano"]);
  });
});

describe("calculatorRows: the cheapest and the Standard comparison", () => {
  it("measures every row against the cheapest, wherever it comes in the list", () => {
    // gamma-mini $27 a month, delta-nano $7.50 (the cheapest, listed second), alpha-nano $11.25.
    const rows = calculatorRows(
      pick("gamma-mini", "delta-nano", "alpha-nano"),
      workload(),
      options({ column: "model", desc: false }),
    );
    expect(rows.map((r) => [r.model.id, r.result.ok && r.result.perMonth, r.relative, r.cheapest])).toEqual([
      ["alpha-nano", "11.25", "1.5", false],
      ["delta-nano", "7.5", "1", true],
      ["gamma-mini", "27", "3.6", false],
    ]);
  });

  it("gives the Standard price only on another tier, and only for rows priced on that tier", () => {
    const standard = calculatorRows(pick("beta-lite", "gamma-mini"), workload(), options({ column: "model", desc: false }));
    expect(standard.map((r) => [r.model.id, r.result.ok, r.standardPerMonth])).toEqual([
      ["beta-lite", true, null],
      ["gamma-mini", true, null],
    ]);
    // gamma-mini has no Flex tier: its row has no price, and no Standard price beside it either.
    const flex = calculatorRows(pick("beta-lite", "gamma-mini"), workload(), options({ column: "model", desc: false }, "flex"));
    expect(flex.map((r) => [r.model.id, r.result.ok, r.standardPerMonth])).toEqual([
      ["beta-lite", true, "10.5"],
      ["gamma-mini", false, null],
    ]);
  });
});

describe("sortRows: every column, both directions, ties and unpriced rows", () => {
  it("sorts by day and by year as by month (fixture catalog, current models)", () => {
    const shown = pick("omega", "gamma-mini", "alpha-nano", "delta-nano");
    // Monthly: delta-nano 7.5, alpha-nano 11.25, gamma-mini 27, omega 225.
    const cheapestFirst = ["delta-nano", "alpha-nano", "gamma-mini", "omega"];
    for (const column of ["day", "month", "year"] as const) {
      expect(idsOf(calculatorRows(shown, workload(), options({ column, desc: false })))).toEqual(cheapestFirst);
      expect(idsOf(calculatorRows(shown, workload(), options({ column, desc: true })))).toEqual([...cheapestFirst].reverse());
    }
  });

  it("sorts by year exactly, even where the relative column rounds two costs to the same figure", () => {
    // $9.03 and $9 a month: both "1" relative to the cheapest (two decimals), but not the same cost.
    const shown = [calcModel("a-dear", 0.201, 0.2), calcModel("b-cheap", 0.2, 0.2)];
    const rows = calculatorRows(shown, workload(), options({ column: "year", desc: false }));
    expect(rows.map((r) => [r.model.id, r.result.ok && r.result.perYear, r.relative])).toEqual([
      ["b-cheap", "108", "1"],
      ["a-dear", "108.36", "1"],
    ]);
  });

  it("sorts model IDs by their numbers, in both directions", () => {
    const shown = [calcModel("m-2", 1, 1), calcModel("m-10", 2, 2), calcModel("m-1", 3, 3)];
    expect(idsOf(calculatorRows(shown, workload(), options({ column: "model", desc: false })))).toEqual(["m-1", "m-2", "m-10"]);
    expect(idsOf(calculatorRows(shown, workload(), options({ column: "model", desc: true })))).toEqual(["m-10", "m-2", "m-1"]);
  });

  it("breaks ties by model ID, ascending in both directions", () => {
    const shown = [calcModel("m-2", 1, 1), calcModel("m-10", 1, 1), calcModel("m-1", 1, 1)];
    for (const desc of [false, true]) {
      expect(idsOf(calculatorRows(shown, workload(), options({ column: "month", desc })))).toEqual(["m-1", "m-2", "m-10"]);
    }
  });

  it("sorts by ID when no budget is set and the budget column is chosen", () => {
    const shown = pick("omega", "delta-nano", "gamma-mini");
    const rows = calculatorRows(shown, workload(), options({ column: "budget", desc: false }));
    expect(rows.map((r) => [r.model.id, r.budget])).toEqual([
      ["delta-nano", null],
      ["gamma-mini", null],
      ["omega", null],
    ]);
  });

  it("puts unpriced rows last, wherever they start", () => {
    // omega-2024-05-13 has no Standard price.
    for (const shown of [
      pick("omega-2024-05-13", "gamma-mini", "delta-nano"),
      pick("gamma-mini", "delta-nano", "omega-2024-05-13"),
    ]) {
      for (const desc of [false, true]) {
        const rows = calculatorRows(shown, workload(), options({ column: "month", desc }));
        expect(idsOf(rows)).toEqual([
          ...(desc ? ["gamma-mini", "delta-nano"] : ["delta-nano", "gamma-mini"]),
          "omega-2024-05-13",
        ]);
        expect(idsOf(sortRows([...rows].reverse(), { column: "month", desc }))).toEqual(idsOf(rows));
      }
    }
  });
});

describe("anyReasoning and unpricedText", () => {
  it("says whether any shown model bills reasoning", () => {
    expect(anyReasoning([])).toBe(false);
    expect(anyReasoning([calcModel("plain", 1, 1)])).toBe(false);
    expect(anyReasoning([calcModel("plain", 1, 1), calcModel("thinks", 1, 1, { reasoning: true })])).toBe(true);
  });

  it("has no text for a priced row, and gives a limit's own message", () => {
    const m = calcModel("small-window", 1, 1, { contextWindow: 1_000 });
    const priced = monthlyCost(m, workload(), "standard");
    expect(unpricedText(priced, "standard")).toBeNull();
    const tooBig = monthlyCost(
      m,
      toWorkload({ ...DEFAULT_INPUTS, mode: "request", inputPerRequest: 900, outputPerRequest: 200 }),
      "standard",
    );
    expect(unpricedText(tooBig, "standard")).toBe(
      "small-window cannot fit 1,100 tokens (input + output) in one request (context window 1,000)",
    );
  });
});
