"use client";

import { useQueryStates } from "nuqs";
import { calculatorParsers, calculatorUrlKeys } from "./calculator";

/**
 * The calculator's one URL-state hook. State updates at once; the URL follows, throttled for
 * sliders and typed amounts (see the parsers), and always replaces the history entry.
 */
export function useCalculatorState() {
  return useQueryStates(calculatorParsers, { urlKeys: calculatorUrlKeys, history: "replace", scroll: false });
}
