/** Answers and hand-made candidates for the wizard's ranking tests (imported only by *.test.ts). */
import { FIXTURE_TODAY } from "@/lib/catalog/fixture.test-helpers";
import type { Lifecycle } from "@/lib/catalog/types";
import { ARTICLE_WORKLOAD as ARTICLE } from "@/lib/cost/article-workload";

import type { recommend } from "./rank";
import type { Candidate, WizardAnswers } from "./types";

/** Every lifecycle statement in the tests is as of this day (the fixture's, and the e2e pin). */
export const TODAY = FIXTURE_TODAY;

export function answers(over: Partial<WizardAnswers> & { typical?: number; largest?: number } = {}): WizardAnswers {
  const { typical = 2_000, largest = 8_000, ...rest } = over;
  return {
    primary: "cost",
    secondary: null,
    typicalInputTokens: typical,
    largestInputTokens: largest,
    images: false,
    audio: false,
    workload: { ...ARTICLE, inputTokensPerRequest: typical },
    ...rest,
  };
}

export const ids = (r: ReturnType<typeof recommend>) => r.shortlist.map((p) => p.candidate.id);

export const lifecycle = (over: Partial<Lifecycle> = {}): Lifecycle => ({
  status: "active",
  source: "s",
  noticeDate: null,
  shutdownDate: null,
  replacements: [],
  ...over,
});

export function cand(id: string, over: Partial<Candidate> & { input?: number | null; output?: number } = {}): Candidate {
  const { input = 0.1, output = 0.4, ...rest } = over;
  return {
    id,
    displayName: id,
    kind: "model",
    size: "small",
    lifecycle: lifecycle(),
    contextWindow: 1_000_000,
    maxInput: null,
    maxOutput: 100_000,
    inputModalities: ["text", "image"],
    quality: null,
    speed: null,
    priced: {
      id,
      tiers: { standard: { input, cachedInput: null, output }, batch: null, flex: null, fast: null },
      longContext: null,
      contextWindow: rest.contextWindow === undefined ? 1_000_000 : rest.contextWindow,
      maxInput: rest.maxInput ?? null,
      reasoning: false,
    },
    releaseDate: "2026-01-01",
    reasoning: { supported: false, efforts: [], defaultEffort: null },
    ...rest,
  };
}
