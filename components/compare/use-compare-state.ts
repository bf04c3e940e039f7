"use client";

import { useQueryStates } from "nuqs";

import { useLinkedState } from "@/components/url/use-linked-state";
import { compareParsers, compareUrlKeys, type CompareState } from "@/lib/url/compare";

/**
 * The compare view's one URL-state hook, starting from the server's state for the link (its
 * model list already resolved). Per-key options live on the parsers: choosing models pushes
 * and re-renders on the server; the differences toggle replaces and stays in the browser;
 * typed token counts replace, throttled.
 */
export function useCompareState(initial: CompareState, options: { startTransition?: React.TransitionStartFunction } = {}) {
  const [url, setState] = useQueryStates(compareParsers, { urlKeys: compareUrlKeys, scroll: false, ...options });
  return [useLinkedState(initial, url), setState] as const;
}
