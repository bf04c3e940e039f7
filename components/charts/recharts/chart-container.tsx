"use client";

/**
 * The one shared container of every chart: recharts' colour-scheme-aware theme (CSS
 * `light-dark()` colours that follow the page's light/dark switch with no re-render), plus the
 * pieces every chart repeats: the two-line model tick, the tooltip box and the axis titles.
 * Only files under components/charts/recharts/ import recharts, and only lazily (lazy-charts.tsx).
 */
import type { ReactNode } from "react";
import {
  autoTheme,
  pattern,
  patterns,
  RechartsThemeProvider,
  YAxis,
  type RechartsTheme,
  type YAxisTickContentProps,
} from "recharts";

import { ABOVE_LABEL_FONT, BAR_CHART_LEFT_MARGIN, type BarChartLayout } from "@/lib/charts/bar-layout";
import { PALETTE } from "@/lib/charts/palette";

/** The chart cards are white / zinc-900: patterns and halos cut out in that colour. */
const THEME: RechartsTheme = { ...autoTheme, pageBackground: "light-dark(#fff, #18181b)" };

export function ChartContainer({ children }: { children: ReactNode }) {
  return <RechartsThemeProvider value={THEME}>{children}</RechartsThemeProvider>;
}

/** Hatched fill of self-reported bars: told apart from independent ones without colour. */
const HATCH = pattern(patterns.diagonal);
export const selfReportedFill = { color: PALETTE.blue, definition: HATCH };

export const AXIS_TICK_STYLE = { fill: "currentColor", fontSize: 12 };
export const AXIS_TITLE_STYLE = { fill: "currentColor", fontSize: 12, fontWeight: 600 };

/** A halo in the card colour keeps labels legible where they cross grid or frontier lines. */
export const LABEL_HALO = {
  paintOrder: "stroke",
  stroke: "light-dark(#fff, #18181b)",
  strokeWidth: 3,
  strokeLinejoin: "round",
} as const;

/** Bars never get thicker than this, however few models are shown. */
export const MAX_BAR_SIZE = 22;

/**
 * A category tick in two lines: the model ID, and its lifecycle ("Deprecated · full-size").
 * `sub` maps an ID to its second line.
 */
export function ModelTick(props: YAxisTickContentProps & { sub: Record<string, string> }) {
  const { x, y, payload, sub } = props;
  const id = String(payload.value);
  return (
    <g transform={`translate(${Number(x)},${Number(y)})`}>
      <text textAnchor="end" x={-6} y={-3} fill="currentColor" fontSize={12} fontWeight={600}>
        {id}
      </text>
      <text textAnchor="end" x={-6} y={11} fill="currentColor" fontSize={10.5} opacity={0.8}>
        {sub[id] ?? ""}
      </text>
    </g>
  );
}

/**
 * The model tick of a narrow chart: one line over the row's bars, from the plot's left edge
 * ("gpt-5-nano · Deprecated"), with a halo where it crosses grid lines.
 */
export function ModelTickAbove(props: YAxisTickContentProps & { sub: Record<string, string>; baseline: number }) {
  const { y, payload, sub, baseline } = props;
  const id = String(payload.value);
  const line = sub[id];
  return (
    <text
      x={BAR_CHART_LEFT_MARGIN}
      y={Number(y) + baseline}
      textAnchor="start"
      fill="currentColor"
      fontSize={ABOVE_LABEL_FONT}
      {...LABEL_HALO}
    >
      <tspan fontWeight={600}>{id}</tspan>
      {line ? <tspan opacity={0.8} fontSize={10.5}>{` · ${line}`}</tspan> : null}
    </text>
  );
}

/**
 * The category axis of a horizontal bar chart, names left or above (lib/charts/bar-layout.ts).
 * A render function, not a component: recharts finds its axes among the chart's direct children.
 */
export function modelAxis(layout: BarChartLayout, sub: Record<string, string>) {
  return layout.labels === "left" ? (
    <YAxis type="category" dataKey="id" width={layout.axisWidth} interval={0} tick={(p) => <ModelTick {...p} sub={sub} />} />
  ) : (
    <YAxis
      type="category"
      dataKey="id"
      width={layout.axisWidth}
      interval={0}
      tickLine={false}
      tick={(p) => <ModelTickAbove {...p} sub={sub} baseline={layout.labelBaseline} />}
    />
  );
}

/** The box every tooltip uses (HTML, so Tailwind's dark variants apply). */
export function TooltipBox({ title, sub, children }: { title: string; sub: string; children: ReactNode }) {
  return (
    <div
      role="tooltip"
      className="max-w-72 rounded-md border border-line-strong bg-surface-raised px-3 py-2 text-xs text-fg shadow-md"
    >
      <p className="font-mono text-sm font-semibold">{title}</p>
      <p className="mb-1 text-fg-subtle">{sub}</p>
      <div className="space-y-1.5">{children}</div>
    </div>
  );
}
