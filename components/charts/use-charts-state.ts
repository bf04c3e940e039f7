"use client";

import { useQueryStates } from "nuqs";

import { useLinkedState } from "@/components/url/use-linked-state";
import { chartsParsers, chartsUrlKeys, type ChartsState } from "@/lib/url/charts";

/**
 * The charts view's one URL-state hook, starting from the server's state for the link. Every
 * choice replaces the history entry, like the catalog's filters: a chart's settings are one
 * view, not steps to walk back through.
 */
export function useChartsState(initial: ChartsState) {
  const [url, setState] = useQueryStates(chartsParsers, { urlKeys: chartsUrlKeys, history: "replace", scroll: false });
  return [useLinkedState(initial, url), setState] as const;
}
