/**
 * A model's price history for its page: which figures have one (more than one entry), and the
 * geometry of a small step chart drawn as server-rendered SVG (no chart library reaches the
 * model page). A price holds until the next entry, so each series is a staircase; a period
 * without a published price is a gap. The chart ends on `endDay` (today, or the shutdown).
 */
import { allPriceSeries, type PricePoint } from "@/lib/catalog/prices-on";
import type { PriceFigure } from "@/lib/catalog/schema";
import type { CatalogEntry } from "@/lib/catalog/types";
import { PALETTE } from "@/lib/charts/palette";
import { formatDate, formatPrice } from "@/lib/format";

import { figureLabel } from "./describe";

export type FigureHistory = { figure: PriceFigure; label: string; points: PricePoint[] };

/** Figures whose price changed at least once (more than one entry), in PRICE_FIGURES order. */
export function figuresWithHistory(entry: Pick<CatalogEntry, "pricing" | "priceHistory" | "releaseDate">): FigureHistory[] {
  return Object.entries(allPriceSeries(entry))
    .filter(([, points]) => points.length > 1)
    .map(([figure, points]) => ({ figure: figure as PriceFigure, label: figureLabel(figure as PriceFigure), points }));
}

/** A line needs two published prices to show a step; the table twin lists every entry anyway. */
export function chartedFigures(histories: readonly FigureHistory[]): FigureHistory[] {
  return histories.filter((h) => h.points.filter((p) => p.value !== null && p.effectiveFrom !== null).length >= 2);
}

/** The chart's frame in SVG units: 16-unit text stays legible when a phone scales it to ~0.7. */
export const CHART = { width: 480, height: 200, left: 64, right: 16, top: 16, bottom: 32 } as const;

export type ChartLine = {
  figure: PriceFigure;
  label: string;
  color: string;
  /** Other tiers than Standard are dashed, so lines differ by more than colour. */
  dashed: boolean;
  /** SVG path data; a `M` starts each run of published prices. */
  d: string;
  /** Where each price starts. */
  dots: { x: number; y: number; label: string }[];
};

export type StepChart = {
  lines: ChartLine[];
  yTicks: { y: number; label: string }[];
  xLabels: { x: number; label: string; anchor: "start" | "end" }[];
  /** One sentence for screen readers; the table twin has every figure. */
  summary: string;
};

const MS_PER_DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
const round = (n: number) => Math.round(n * 10) / 10;

const FIELD_COLOR: Record<string, string> = { input: PALETTE.blue, cachedInput: PALETTE.aqua, output: PALETTE.orange };

function colorOf(figure: PriceFigure): string {
  return FIELD_COLOR[figure.split(".")[1] ?? "input"] ?? PALETTE.blue;
}

export function priceStepChart(histories: readonly FigureHistory[], endDay: string): StepChart {
  const dated = histories.map((h) => ({ ...h, points: h.points.filter((p) => p.effectiveFrom !== null) }));
  const starts = dated.flatMap((h) => h.points.map((p) => p.effectiveFrom as string));
  const first = starts.reduce((a, b) => (a < b ? a : b), starts[0] ?? endDay);
  const last = endDay > first ? endDay : starts.reduce((a, b) => (a > b ? a : b), first);
  const max = Math.max(0, ...dated.flatMap((h) => h.points.map((p) => p.value ?? 0)));
  const x0 = CHART.left;
  const x1 = CHART.width - CHART.right;
  const yTop = CHART.top;
  const yBottom = CHART.height - CHART.bottom;
  const span = Math.max(1, day(last) - day(first));
  const x = (iso: string) => round(x0 + ((day(iso) - day(first)) / span) * (x1 - x0));
  const y = (v: number) => round(yBottom - (max ? v / max : 0) * (yBottom - yTop));

  const lines = dated.map((h): ChartLine => {
    const segments: string[] = [];
    const dots: ChartLine["dots"] = [];
    h.points.forEach((p, i) => {
      if (p.value === null) return;
      const from = x(p.effectiveFrom as string);
      const next = h.points[i + 1];
      const to = next ? x(next.effectiveFrom as string) : x(last);
      const previous = h.points[i - 1];
      // Continue the staircase from the previous price (a riser), or start a new run after a gap.
      segments.push(previous?.value != null ? `V${y(p.value)} H${to}` : `M${from} ${y(p.value)} H${to}`);
      dots.push({ x: from, y: y(p.value), label: `${h.label} ${formatPrice(p.value)} from ${formatDate(p.effectiveFrom)}` });
    });
    return {
      figure: h.figure,
      label: h.label,
      color: colorOf(h.figure),
      dashed: !h.figure.startsWith("standard."),
      d: segments.join(" "),
      dots,
    };
  });

  const moves = dated.map((h) => {
    const priced = h.points.filter((p) => p.value !== null);
    return `${h.label} ${priced.map((p) => formatPrice(p.value)).join(" → ")}`;
  });
  return {
    lines,
    yTicks: [
      { y: y(0), label: formatPrice(0) },
      { y: y(max), label: formatPrice(max) },
    ],
    xLabels: [
      { x: x0, label: formatDate(first), anchor: "start" },
      { x: x1, label: formatDate(last), anchor: "end" },
    ],
    summary: `Price per 1M tokens from ${formatDate(first)} to ${formatDate(last)}: ${moves.join("; ")}.`,
  };
}
