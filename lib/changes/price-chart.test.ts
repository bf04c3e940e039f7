import { describe, expect, it } from "vitest";

import { fixtureEntry } from "@/lib/catalog/fixture.test-helpers";
import type { PricePoint } from "@/lib/catalog/prices-on";

import { CHART, chartedFigures, figuresWithHistory, priceStepChart, type FigureHistory } from "./price-chart";

const p = (effectiveFrom: string, value: number | null): PricePoint => ({ effectiveFrom, value, source: "page" });

describe("figuresWithHistory", () => {
  it("lists only figures with more than one entry", () => {
    // alpha-nano: Standard input $0.20 from 2026-03-01, $0.10 from 2026-06-01; every other figure one price.
    const h = figuresWithHistory(fixtureEntry("alpha-nano"));
    expect(h.map((x) => [x.figure, x.label, x.points.map((q) => [q.effectiveFrom, q.value])])).toEqual([
      [
        "standard.input",
        "Standard input",
        [
          ["2026-03-01", 0.2],
          ["2026-06-01", 0.1],
        ],
      ],
    ]);
    expect(figuresWithHistory(fixtureEntry("gamma-mini"))).toEqual([]);
  });

  it("charts a figure only with two published prices", () => {
    const h: FigureHistory[] = [
      { figure: "standard.input", label: "Standard input", points: [p("2026-01-01", 1), p("2026-02-01", 0.5)] },
      { figure: "standard.cachedInput", label: "Standard cached input", points: [p("2026-01-01", null), p("2026-02-01", 0.05)] },
    ];
    expect(chartedFigures(h).map((x) => x.figure)).toEqual(["standard.input"]);
  });
});

describe("priceStepChart", () => {
  // Plot area: x from 64 to 464 (480 − 16), y from 16 (top) to 168 (200 − 32).
  const input: FigureHistory = {
    figure: "standard.input",
    label: "Standard input",
    points: [p("2026-01-01", 1), p("2026-01-11", 0.5)],
  };

  it("draws a staircase from the first day to the end day, scaled to the highest price", () => {
    // 2026-01-01 → 2026-01-21 is 20 days: 2026-01-11 is halfway, x = 64 + 200 = 264.
    // $1 is the top (y 16); $0.50 is halfway down, y = 168 − 76 = 92.
    const chart = priceStepChart([input], "2026-01-21");
    expect(chart.lines[0]!.d).toBe("M64 16 H264 V92 H464");
    expect(chart.lines[0]!.dots.map((d) => [d.x, d.y])).toEqual([
      [64, 16],
      [264, 92],
    ]);
    expect(chart.lines[0]!.dashed).toBe(false);
    expect(chart.yTicks).toEqual([
      { y: 168, label: "$0.00" },
      { y: 16, label: "$1.00" },
    ]);
    expect(chart.xLabels.map((l) => [l.x, l.label, l.anchor])).toEqual([
      [CHART.left, "Jan 1, 2026", "start"],
      [CHART.width - CHART.right, "Jan 21, 2026", "end"],
    ]);
    expect(chart.summary).toBe("Price per 1M tokens from Jan 1, 2026 to Jan 21, 2026: Standard input $1.00 → $0.50.");
  });

  it("leaves a gap where no price was published, and dashes other tiers", () => {
    const fast: FigureHistory = {
      figure: "fast.output",
      label: "Fast mode output",
      points: [p("2026-01-01", 2), p("2026-01-11", null), p("2026-01-16", 1)],
    };
    // 2026-01-16 is three quarters of the way: x = 64 + 300 = 364; $1 of $2 is y 92.
    const line = priceStepChart([fast], "2026-01-21").lines[0]!;
    expect(line.d).toBe("M64 16 H264 M364 92 H464");
    expect(line.dashed).toBe(true);
  });

  it("ends at the last price's day when the end day comes before it", () => {
    expect(priceStepChart([input], "2025-12-01").xLabels.map((l) => l.label)).toEqual(["Jan 1, 2026", "Jan 11, 2026"]);
  });
});
