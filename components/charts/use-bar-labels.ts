"use client";

import { useSyncExternalStore } from "react";

import { NARROW_CHART_QUERY, type BarLabels } from "@/lib/charts/bar-layout";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(NARROW_CHART_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

const current = (): BarLabels => (window.matchMedia(NARROW_CHART_QUERY).matches ? "above" : "left");

/**
 * Where a bar chart puts the model names: above the bars on a narrow screen, in a gutter
 * otherwise. The same media query as the frame's reserved height (ChartFrame), so the drawn
 * chart fills exactly the box the page kept for it. Charts render on the client only.
 */
export function useBarLabels(): BarLabels {
  return useSyncExternalStore(subscribe, current, () => "left");
}
