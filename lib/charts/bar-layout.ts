/**
 * The geometry of a horizontal bar chart (one row per model), known before recharts loads so
 * the page reserves the chart's height and nothing shifts when it arrives.
 *
 * Two label placements: "left", a gutter of model names beside the bars (wide screens), and
 * "above", each model's name on its own line over its bars (narrow screens). At 375 px the
 * 132 px gutter plus the value labels left the bars about a third of the card: price bars
 * became slivers. Above the bars, the name costs one line of height instead of width.
 */

export type BarLabels = "left" | "above";

/** Below this viewport width (Tailwind's `sm`, 40rem) names go above the bars. */
export const NARROW_CHART_QUERY = "(width < 40rem)";

/** Vertical space of the axis title, the value axis and the margins of a bar chart. */
const BAR_CHART_CHROME = 72;
/** Per model, names on the left: room for a two-line name even beside a single bar. */
const MIN_ROW = 44;
/** Per bar when recharts sizes the bars from the row ("left"). */
const PER_BAR = 14;
const ROW_GAP = 18;

/** Names above: fixed bars, so the name's line sits right over them whatever the row height. */
const ABOVE_BAR_SIZE = 12;
const ABOVE_BAR_GAP = 1;
/** The name's line: 12 px text and the space between its baseline and its bars. */
export const ABOVE_LABEL_FONT = 12;
const LABEL_TO_BARS = 4;
const ABOVE_LABEL_LINE = ABOVE_LABEL_FONT + LABEL_TO_BARS;

/** Names above: recharts draws no ticks at all for a zero-width axis, so it keeps one pixel. */
const ABOVE_AXIS_WIDTH = 1;

/** Width of the gutter for names on the left (ID + lifecycle line at 12 px). */
export const MODEL_AXIS_WIDTH = 132;

export type BarChartLayout = {
  labels: BarLabels;
  /** px, the whole chart (frame and recharts). */
  height: number;
  /** Width of the category axis: the name gutter, or next to nothing when names go above. */
  axisWidth: number;
  /** Fixed bar thickness (names above), else undefined: recharts fits bars to the row. */
  barSize: number | undefined;
  barGap: number;
  /** Baseline of a name above its bars, relative to the row's centre (negative: higher). */
  labelBaseline: number;
};

/** Height in px of a horizontal bar chart with `rows` models and `series` bars per model. */
export function barChartHeight(rows: number, series: number, labels: BarLabels = "left"): number {
  if (rows <= 0) return 0;
  const row = labels === "left" ? Math.max(MIN_ROW, series * PER_BAR + ROW_GAP) : ABOVE_LABEL_LINE + barsSpan(series) + ROW_GAP;
  return BAR_CHART_CHROME + rows * row;
}

/** The heights a page reserves for a bar chart before it loads: wide (names left) and narrow (names above). */
export function barChartFrame(rows: number, series: number): { height: number; narrowHeight: number } {
  return { height: barChartHeight(rows, series, "left"), narrowHeight: barChartHeight(rows, series, "above") };
}

/** Height of a row's bars stacked with their gaps, names above. */
function barsSpan(series: number): number {
  return series * ABOVE_BAR_SIZE + Math.max(0, series - 1) * ABOVE_BAR_GAP;
}

/** Left margin of every bar chart (recharts' `margin.left`). */
export const BAR_CHART_LEFT_MARGIN = 4;

/** Width left for the bars in a chart `width` px wide, with `valueLabels` px for the figures right of them. */
export function plotWidth(width: number, layout: Pick<BarChartLayout, "axisWidth">, valueLabels: number): number {
  return Math.max(0, width - BAR_CHART_LEFT_MARGIN - layout.axisWidth - valueLabels);
}

export function barChartLayout(rows: number, series: number, labels: BarLabels, barGap: number): BarChartLayout {
  const height = barChartHeight(rows, series, labels);
  if (labels === "left") return { labels, height, axisWidth: MODEL_AXIS_WIDTH, barSize: undefined, barGap, labelBaseline: 0 };
  // recharts centres a group of fixed-size bars in its row: the group's top is half its span above
  // the centre, and the name's baseline sits a few pixels over that.
  const labelBaseline = -(barsSpan(series) / 2) - LABEL_TO_BARS;
  return { labels, height, axisWidth: ABOVE_AXIS_WIDTH, barSize: ABOVE_BAR_SIZE, barGap: ABOVE_BAR_GAP, labelBaseline };
}
