"use client";

import { useQueryStates } from "nuqs";

import { useLinkedState } from "@/components/url/use-linked-state";
import { sanitizeWizardState, wizardParsers, wizardUrlKeys, type WizardState } from "@/lib/url/wizard";

/**
 * The wizard's one URL-state hook, starting from the server's state for the link. Answers
 * replace the history entry (typing does not flood Back); moving between steps passes
 * `{ history: "push" }` so Back/Forward walk the steps. Answers typed into a contradiction (a
 * typical input above the largest) are dropped from the state while the step says why, as the
 * server drops them from a link.
 */
export function useWizardState(initial: WizardState) {
  const [url, setState] = useQueryStates(wizardParsers, { urlKeys: wizardUrlKeys, history: "replace", scroll: false });
  return [sanitizeWizardState(useLinkedState(initial, url)), setState] as const;
}
