import "server-only";

/**
 * The wizard page from its link: the sanitised answers, the link report, where a link past an
 * unanswered step lands, and the candidates the island ranks. Called once per request (see
 * lib/url/page.ts).
 */
import type { SearchParams } from "nuqs/server";

import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { wizardCandidates } from "@/lib/recommend/candidates";
import { stepFacts } from "@/lib/recommend/eligibility";
import type { StepFacts } from "@/lib/recommend/step-facts";
import type { Candidate } from "@/lib/recommend/types";

import { readLink, type ViewPage } from "./page";
import { resolveStep, wizardLink, type WizardState, type WizardStep } from "./wizard";

export type WizardPage = ViewPage<WizardState> & {
  candidates: Candidate[];
  today: string;
  facts: StepFacts;
  /** The step the link pointed to when an earlier answer is missing (the page says so). */
  landedFrom: WizardStep | null;
};

export function loadWizardPage(searchParams: SearchParams): WizardPage {
  const catalog = loadCatalog();
  const today = getToday();
  const candidates = wizardCandidates(catalog);
  const link = readLink(searchParams, wizardLink, null);
  return {
    ...link,
    verifiedOn: latestVerifiedOn(catalog),
    candidates,
    today,
    facts: stepFacts(candidates, today),
    landedFrom: resolveStep(link.state).landedFrom,
  };
}
