"use client";

import { useQueryStates } from "nuqs";
import { chartsParsers, chartsUrlKeys } from "./charts";

/**
 * The charts view's one URL-state hook. Every choice replaces the history entry, like the
 * catalog's filters: a chart's settings are one view, not steps to walk back through.
 */
export function useChartsState() {
  return useQueryStates(chartsParsers, { urlKeys: chartsUrlKeys, history: "replace", scroll: false });
}
