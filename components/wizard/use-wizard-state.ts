"use client";

import { useQueryStates } from "nuqs";

import { useLinkKeys } from "@/components/url/use-link-keys";
import { useLinkedState } from "@/components/url/use-linked-state";
import { sanitizeWizardState, wizardOldKeys, wizardParsers, wizardUrlKeys, type WizardState } from "@/lib/url/wizard";

/**
 * The wizard's one URL-state hook, starting from the server's state for the link. Answers
 * replace the history entry (typing does not flood Back); moving between steps passes
 * `{ history: "push" }` so Back/Forward walk the steps. Answers typed into a contradiction (a
 * typical input above the largest) are dropped from the state while the step says why, as the
 * server drops them from a link.
 */
export function useWizardState(initial: WizardState) {
  const urlKeys = useLinkKeys(wizardUrlKeys, wizardOldKeys);
  const [url, setState] = useQueryStates(wizardParsers, { urlKeys, history: "replace", scroll: false });
  return [sanitizeWizardState(useLinkedState(initial, url)), setState] as const;
}
