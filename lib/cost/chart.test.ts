import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY, fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { toCalculatorModels } from "./calculator-models";
import { visibleModels } from "./calculator-rows";
import { axisInfo, costChart, exactCostsAt, logAxis } from "./chart";
import { calcModel as model } from "./fixtures.test-helpers";
import { PRESETS } from "./presets";
import { DEFAULT_INPUTS, type CalculatorInputs } from "./workload";

describe("costChart lines", () => {
  it("ends a line where the model cannot take the request, and finds no crossing past it", () => {
    const small = model("small-window", 0.05, 0.2, { contextWindow: 128_000 });
    const big = model("big-window", 0.1, 0.4);
    const inputs: CalculatorInputs = {
      ...DEFAULT_INPUTS,
      mode: "request",
      requestsPerDay: 10,
      inputPerRequest: 1_000,
      outputPerRequest: 1_000,
    };
    const chart = costChart([small, big], inputs, "standard", "input");
    expect(chart.ends).toEqual({ "small-window": 127_000 });
    expect(chart.crossovers).toEqual([]);
    const last = chart.points.at(-1)!;
    expect(last.costs["small-window"]).toBeNull();
    expect(last.costs["big-window"]).toBeGreaterThan(0);
  });

  it("produces plottable points only: sorted, finite, positive or null, across the whole range", () => {
    const all = toCalculatorModels(fixtureCatalog, FIXTURE_TODAY);
    const { visible } = visibleModels(all, { includeRetired: true, includeSnapshots: true, focus: [] });
    for (const preset of PRESETS) {
      for (const axis of ["input", "output"] as const) {
        const chart = costChart(visible, preset.inputs, preset.tier, axis);
        const range = axisInfo(preset.inputs.mode, axis);
        expect(chart.points[0]!.x).toBe(range.min);
        expect(chart.points.at(-1)!.x).toBe(range.max);
        for (let i = 1; i < chart.points.length; i++) expect(chart.points[i]!.x).toBeGreaterThan(chart.points[i - 1]!.x);
        for (const p of chart.points) {
          for (const [id, v] of Object.entries(p.costs)) {
            expect(v === null || (Number.isFinite(v) && v > 0), `${preset.id} ${axis} ${id} at ${p.x}`).toBe(true);
          }
        }
      }
    }
  });

  it("plots each line within a hair of the exact cost, and reads exact money at any volume", () => {
    const all = toCalculatorModels(fixtureCatalog, FIXTURE_TODAY);
    const rag = PRESETS.find((p) => p.id === "rag")!;
    const chart = costChart(all, rag.inputs, "standard", "input");
    for (const p of chart.points.filter((_, i) => i % 7 === 0)) {
      const exact = exactCostsAt(all, rag.inputs, "standard", "input", p.x);
      for (const id of chart.plotted) {
        const plotted = p.costs[id];
        if (plotted == null) continue;
        expect(Math.abs(plotted - Number(exact[id])) / Number(exact[id]), `${id} at ${p.x}`).toBeLessThan(1e-6);
      }
    }
    // gamma-nano at 1M input + 500K output a day: $0.10 + $0.20 = $0.30 → $9; omega-2024-05-13 has no Standard price.
    expect(exactCostsAt(all, DEFAULT_INPUTS, "standard", "input", 1_000_000)).toMatchObject({
      "gamma-nano": "9",
      "omega-2024-05-13": null,
    });
  });
});

describe("logAxis", () => {
  it("spans whole decades around the values, ignoring zero, null and non-finite ones", () => {
    expect(logAxis([0.3, 9, 36, null, 0, Number.NaN])).toEqual({ domain: [0.1, 100], ticks: [0.1, 1, 10, 100] });
    expect(logAxis([10])).toEqual({ domain: [10, 100], ticks: [10, 100] });
    expect(logAxis([])).toEqual({ domain: [1, 10], ticks: [1, 10] });
  });
});
