import { describe, expect, it } from "vitest";

import { barChartFrame, barChartHeight, barChartLayout, MODEL_AXIS_WIDTH, plotWidth } from "./bar-layout";

describe("barChartHeight", () => {
  it("grows with models and bars per model, zero when empty", () => {
    expect(barChartHeight(0, 2)).toBe(0);
    expect(barChartHeight(4, 3)).toBeGreaterThan(barChartHeight(4, 2));
    expect(barChartHeight(5, 2)).toBeGreaterThan(barChartHeight(4, 2));
  });
  it("sizes rows for names on the left", () => {
    // 72 chrome + 10 rows × max(44, 3 × 14 + 18 = 60) = 672
    expect(barChartHeight(10, 3)).toBe(672);
    // one bar: the two-line name sets the row, 44 px → 72 + 4 × 44 = 248
    expect(barChartHeight(4, 1)).toBe(248);
  });
  it("adds a name line per row when names go above the bars", () => {
    // row = 16 (name) + 3 × 12 + 2 × 1 (bars and gaps) + 18 = 72 → 72 + 10 × 72 = 792
    expect(barChartHeight(10, 3, "above")).toBe(792);
    // row = 16 + 12 + 18 = 46 → 72 + 4 × 46 = 256
    expect(barChartHeight(4, 1, "above")).toBe(256);
    expect(barChartHeight(0, 3, "above")).toBe(0);
  });
});

describe("barChartFrame", () => {
  it("reserves the height each placement draws", () => {
    expect(barChartFrame(10, 3)).toEqual({ height: 672, narrowHeight: 792 });
    expect(barChartFrame(10, 3).narrowHeight).toBe(barChartLayout(10, 3, "above", 1).height);
  });
});

describe("barChartLayout", () => {
  it("keeps the name gutter on wide screens and lets recharts size the bars", () => {
    expect(barChartLayout(10, 3, "left", 1)).toEqual({
      labels: "left",
      height: 672,
      axisWidth: MODEL_AXIS_WIDTH,
      barSize: undefined,
      barGap: 1,
      labelBaseline: 0,
    });
  });
  it("drops the gutter and fixes the bars when names go above", () => {
    expect(barChartLayout(10, 3, "above", 2)).toEqual({
      labels: "above",
      height: 792,
      axisWidth: 1,
      barSize: 12,
      barGap: 1,
      // the three bars span 38 px centred on the row: top 19 px above the centre, name 4 px higher
      labelBaseline: -23,
    });
  });
  it("puts the name inside its own row, clear of the row above", () => {
    for (const series of [1, 2, 3]) {
      const layout = barChartLayout(10, series, "above", 1);
      const row = (layout.height - 72) / 10;
      // The name's 12 px text must fit between the row's top edge and its bars.
      expect(-layout.labelBaseline + 12).toBeLessThanOrEqual(row / 2);
    }
  });
});

describe("plotWidth at 375 px", () => {
  // The chart card's content box on a 375 px screen: 375 − 2 × 16 (page) = 343 px; prices keep
  // 64 px for their figures right of the bars.
  const CARD = 343;
  const PRICE_FIGURES = 64;
  it("left the bars about 40 % of the card with the name gutter", () => {
    // 343 − 4 − 132 − 64 = 143
    expect(plotWidth(CARD, barChartLayout(10, 3, "left", 1), PRICE_FIGURES)).toBe(143);
  });
  it("gives them over three quarters with names above", () => {
    // 343 − 4 − 1 − 64 = 274 (80 %)
    const w = plotWidth(CARD, barChartLayout(10, 3, "above", 1), PRICE_FIGURES);
    expect(w).toBe(274);
    expect(w / CARD).toBeGreaterThan(0.75);
  });
});
