"use client";

import { useQueryStates } from "nuqs";
import { compareParsers, compareUrlKeys } from "./compare";

/**
 * The compare view's one URL-state hook. Per-key options live on the parsers: choosing models
 * pushes and re-renders on the server; the differences toggle replaces and stays in the browser;
 * typed token counts replace, throttled.
 */
export function useCompareState(options: { startTransition?: React.TransitionStartFunction } = {}) {
  return useQueryStates(compareParsers, { urlKeys: compareUrlKeys, scroll: false, ...options });
}
