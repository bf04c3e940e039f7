"use client";

/**
 * The shared container of the recharts chart (the scatter): recharts' colour-scheme-aware theme
 * (CSS `light-dark()` colours that follow the page's light/dark switch with no re-render), plus
 * its axis and label styles. Only files under components/charts/recharts/ import recharts, and
 * only lazily (lazy-charts.tsx). The bar charts are HTML (../bar-chart.tsx).
 */
import type { ReactNode } from "react";
import { autoTheme, RechartsThemeProvider, type RechartsTheme } from "recharts";

/** The chart cards are white / zinc-900: halos cut out in that colour. */
const THEME: RechartsTheme = { ...autoTheme, pageBackground: "light-dark(#fff, #18181b)" };

export function ChartContainer({ children }: { children: ReactNode }) {
  return <RechartsThemeProvider value={THEME}>{children}</RechartsThemeProvider>;
}

export const AXIS_TICK_STYLE = { fill: "currentColor", fontSize: 12 };
export const AXIS_TITLE_STYLE = { fill: "currentColor", fontSize: 12, fontWeight: 600 };

/** A halo in the card colour keeps labels legible where they cross grid or frontier lines. */
export const LABEL_HALO = {
  paintOrder: "stroke",
  stroke: "light-dark(#fff, #18181b)",
  strokeWidth: 3,
  strokeLinejoin: "round",
} as const;
