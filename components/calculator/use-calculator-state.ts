"use client";

import { useQueryStates } from "nuqs";

import { useLinkedState } from "@/components/url/use-linked-state";
import { calculatorParsers, calculatorUrlKeys, type CalculatorState } from "@/lib/url/calculator";

/**
 * The calculator's one URL-state hook, starting from the server's state for the link. State
 * updates at once; the URL follows, throttled for sliders and typed amounts (see the parsers),
 * and always replaces the history entry. Only the "as of" day goes back to the server (it prices
 * the day), inside `startTransition` when given.
 */
export function useCalculatorState(initial: CalculatorState, options: { startTransition?: React.TransitionStartFunction } = {}) {
  const [url, setState] = useQueryStates(calculatorParsers, {
    urlKeys: calculatorUrlKeys,
    history: "replace",
    scroll: false,
    ...options,
  });
  return [useLinkedState(initial, url), setState] as const;
}
