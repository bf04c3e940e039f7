/**
 * The wizard's URL contract: every answer and the current step live in the query string, so a
 * link reopens exactly what was seen (a step, or the result). Parsers are shared by the server
 * loader and the client hook; unreadable values parse to null (the page lists them as ignored).
 *
 * History: the step pushes (Back/Forward walk the steps), answers replace (editing a field does
 * not add history entries). See use-wizard-state.ts.
 */
import { createMultiParser, createParser, createSerializer, parseAsStringLiteral, type SearchParams } from "nuqs/server";

import { ARTICLE_INPUT_TOKENS_PER_DAY, ARTICLE_OUTPUT_TOKENS_PER_DAY, DAYS_PER_MONTH } from "@/lib/cost/article-workload";
import type { Workload } from "@/lib/cost/types";
import { PRIORITIES, type WizardAnswers } from "@/lib/recommend/types";

import { findIgnoredParams, type IgnoredParam } from "./ignored";
import type { LinkContract } from "./page";
import { parseAsWholeNumber, sameList } from "./parsers";
import { createRenamingLoader, keysOfLink, linkKeys } from "./renamed-keys";

export const STEP_COUNT = 4;
export type WizardStep = 1 | 2 | 3 | 4 | "result";
export const RESULT_STEP = "result" as const;

/** Limits that keep links short and numbers sane (bigger values are "unreadable", with a notice). */
export const LIMITS = {
  /** 10M tokens per request: ten times the largest context window in the catalog. */
  inputTokensPerRequest: 10_000_000,
  /** 10 billion tokens a day: far beyond any small-model workload, still exact in the cost model. */
  tokensPerDay: 10_000_000_000,
  requestsPerDay: 100_000_000,
  outputTokensPerRequest: 1_000_000,
  /** Prompts travel in the link (a server's URL limit is ~16 KB), so a few short ones. */
  prompts: 3,
  promptLength: 500,
} as const;

/** What the form shows before an answer is given; pressing Next commits these. */
export const SUGGESTED = {
  typicalInputTokens: 2_000,
  largestInputTokens: 8_000,
  inputTokensPerDay: ARTICLE_INPUT_TOKENS_PER_DAY,
  outputTokensPerDay: ARTICLE_OUTPUT_TOKENS_PER_DAY,
  requestsPerDay: 1_000,
  outputTokensPerRequest: 500,
} as const;

const YES_NO = ["yes", "no"] as const;
export const WORKLOAD_MODES = ["tokens", "requests"] as const;
export const SCRIPT_LANGS = ["node", "python"] as const;

const parseAsStep = createParser<WizardStep>({
  parse(v) {
    if (v === RESULT_STEP) return RESULT_STEP;
    return /^[1-4]$/.test(v) ? (Number(v) as 1 | 2 | 3 | 4) : null;
  },
  serialize: (v) => String(v),
});

/** Looks like an OpenAI secret key: such text must never be saved in a link or a script. */
export function looksLikeApiKey(text: string): boolean {
  return /\bsk-[A-Za-z0-9_-]{16,}/.test(text);
}

export function promptProblem(text: string): string | null {
  if (!text.trim()) return "is empty";
  if (text.length > LIMITS.promptLength) return `is longer than ${LIMITS.promptLength} characters`;
  if (looksLikeApiKey(text)) return "looks like it contains an API key";
  return null;
}

/** Repeated `prompt` parameters, one per prompt; one bad prompt rejects the list (with a notice). */
const parseAsPrompts = createMultiParser<string[]>({
  parse(values) {
    if (values.length > LIMITS.prompts) return null;
    return values.every((v) => promptProblem(v) === null) ? [...values] : null;
  },
  serialize: (values) => values,
  eq: sameList,
});

export const wizardParsers = {
  step: parseAsStep.withDefault(1),
  primary: parseAsStringLiteral(PRIORITIES),
  secondary: parseAsStringLiteral(PRIORITIES),
  typical: parseAsWholeNumber(1, LIMITS.inputTokensPerRequest),
  largest: parseAsWholeNumber(1, LIMITS.inputTokensPerRequest),
  images: parseAsStringLiteral(YES_NO),
  audio: parseAsStringLiteral(YES_NO),
  mode: parseAsStringLiteral(WORKLOAD_MODES).withDefault("tokens"),
  inPerDay: parseAsWholeNumber(1, LIMITS.tokensPerDay),
  outPerDay: parseAsWholeNumber(0, LIMITS.tokensPerDay),
  requests: parseAsWholeNumber(1, LIMITS.requestsPerDay),
  outPerRequest: parseAsWholeNumber(0, LIMITS.outputTokensPerRequest),
  prompts: parseAsPrompts.withDefault([]),
  lang: parseAsStringLiteral(SCRIPT_LANGS).withDefault("node"),
};

export const wizardUrlKeys = {
  step: "s",
  primary: "p",
  secondary: "p2",
  typical: "ti",
  largest: "tl",
  images: "img",
  audio: "aud",
  mode: "wm",
  inPerDay: "in",
  outPerDay: "out",
  requests: "rpd",
  outPerRequest: "opr",
  /** Sample prompts, one parameter each. Was `q`, which is the catalog's search. */
  prompts: "prompt",
  lang: "lang",
} as const;

/** Keys renamed since links were first shared, by their old names: still read, never written. */
export const wizardOldKeys = { prompts: "q" } as const;
/** Every key a wizard link may carry. */
const WIZARD_LINK_KEYS = linkKeys(wizardUrlKeys, wizardOldKeys);
/** A prompt key repeats by design (one parameter per prompt); a repeat of any other key is noticed. */
const REPEATED_BY_DESIGN: readonly string[] = [wizardUrlKeys.prompts, wizardOldKeys.prompts];

/** The link's answers, renamed keys read under their old names too. */
export const loadWizardParams = createRenamingLoader(wizardParsers, wizardUrlKeys, wizardOldKeys);
export const serializeWizard = createSerializer(wizardParsers, { urlKeys: wizardUrlKeys });
export type WizardState = ReturnType<typeof loadWizardParams>;

/** Values that parse alone but contradict another answer are dropped (and noticed). */
export function sanitizeWizardState(state: WizardState): WizardState {
  return {
    ...state,
    secondary: state.secondary && state.secondary !== state.primary ? state.secondary : null,
    typical: state.typical !== null && state.largest !== null && state.typical > state.largest ? null : state.typical,
  };
}

export function ignoredWizardParams(searchParams: SearchParams): IgnoredParam[] {
  const keys = keysOfLink(wizardUrlKeys, wizardOldKeys, searchParams);
  const { prompts, ...single } = wizardParsers;
  void prompts;
  const ignored = findIgnoredParams(searchParams, single, keys);
  const raw = searchParams[keys.prompts];
  if (raw !== undefined) {
    const values = Array.isArray(raw) ? raw : [raw];
    if (wizardParsers.prompts.parse(values) === null) {
      const bad = values.find((v) => promptProblem(v) !== null);
      const why = bad !== undefined && looksLikeApiKey(bad) ? "(removed: looked like an API key)" : `${values.length} prompt(s)`;
      ignored.push({ key: keys.prompts, value: why });
    }
  }
  const state = loadWizardParams(searchParams);
  const isIgnored = (k: string) => ignored.some((i) => i.key === k);
  const echo = (k: string) => {
    const v = searchParams[k];
    return (Array.isArray(v) ? v[0] : v) ?? "";
  };
  if (state.secondary && state.secondary === state.primary && !isIgnored(wizardUrlKeys.secondary)) {
    ignored.push({ key: wizardUrlKeys.secondary, value: `${echo(wizardUrlKeys.secondary)} (same as the first priority)` });
  }
  if (state.typical !== null && state.largest !== null && state.typical > state.largest) {
    ignored.push({ key: wizardUrlKeys.typical, value: `${echo(wizardUrlKeys.typical)} (larger than the largest input)` });
  }
  return ignored;
}

/** How the page loader reads a wizard link (lib/url/wizard-page.ts); its answers are checked against each other, not the catalog. */
export const wizardLink: LinkContract<WizardState, null> = {
  keys: WIZARD_LINK_KEYS.filter((k) => !REPEATED_BY_DESIGN.includes(k)),
  load: loadWizardParams,
  sanitize: sanitizeWizardState,
  ignored: ignoredWizardParams,
  serialize: serializeWizard,
};

function workloadAnswered(s: WizardState): boolean {
  return s.mode === "tokens" ? s.inPerDay !== null && s.outPerDay !== null : s.requests !== null && s.outPerRequest !== null;
}

/** The first step without an answer, or null when all four are answered. */
export function firstUnansweredStep(s: WizardState): 1 | 2 | 3 | 4 | null {
  if (!s.primary) return 1;
  if (s.largest === null) return 2;
  if (!s.images) return 3;
  if (!workloadAnswered(s)) return 4;
  return null;
}

const stepNumber = (s: WizardStep) => (s === RESULT_STEP ? STEP_COUNT + 1 : s);

/**
 * The step to show. A link into a step (or the result) whose earlier answers are missing lands
 * on the first unanswered step instead, and says so (`landedFrom`).
 */
export function resolveStep(s: WizardState): { step: WizardStep; landedFrom: WizardStep | null } {
  const missing = firstUnansweredStep(s);
  if (missing !== null && missing < stepNumber(s.step)) return { step: missing, landedFrom: s.step };
  return { step: s.step, landedFrom: null };
}

/** Input tokens per request used for pricing: the typical size, else the largest (conservative). */
export function typicalInput(s: WizardState): number | null {
  return s.typical ?? s.largest;
}

/** The workload of step 4 as the cost model takes it; null when unanswered. */
function wizardWorkload(s: WizardState): Workload | null {
  const typical = typicalInput(s);
  if (!workloadAnswered(s) || typical === null) return null;
  const perDay =
    s.mode === "tokens"
      ? { inputTokensPerDay: s.inPerDay!, outputTokensPerDay: s.outPerDay! }
      : { inputTokensPerDay: s.requests! * typical, outputTokensPerDay: s.requests! * s.outPerRequest! };
  // The article's month, Standard tier, no caching: the result states these assumptions.
  return {
    ...perDay,
    reasoningTokensPerDay: 0,
    cachedPercent: 0,
    daysPerMonth: DAYS_PER_MONTH,
    inputTokensPerRequest: typical,
  };
}

/** Complete answers for the ranking, or null while any step is unanswered. */
export function toWizardAnswers(s: WizardState): WizardAnswers | null {
  const workload = wizardWorkload(s);
  const typical = typicalInput(s);
  if (firstUnansweredStep(s) !== null || !workload || typical === null || !s.primary || s.largest === null) return null;
  return {
    primary: s.primary,
    secondary: s.secondary && s.secondary !== s.primary ? s.secondary : null,
    typicalInputTokens: typical,
    largestInputTokens: s.largest,
    images: s.images === "yes",
    audio: s.audio === "yes",
    workload,
  };
}

export const WIZARD_PATH = "/wizard";

/** The canonical link to a wizard state (defaults left out): "Copy link", and every link into the wizard. */
export function wizardHref(state: Partial<WizardState>): string {
  return serializeWizard(WIZARD_PATH, state);
}
