"use client";

import { useQueryStates } from "nuqs";
import { wizardParsers, wizardUrlKeys } from "./wizard";

/**
 * The wizard's one URL-state hook. Answers replace the history entry (typing does not flood
 * Back); moving between steps passes `{ history: "push" }` so Back/Forward walk the steps.
 */
export function useWizardState() {
  return useQueryStates(wizardParsers, { urlKeys: wizardUrlKeys, history: "replace", scroll: false });
}
