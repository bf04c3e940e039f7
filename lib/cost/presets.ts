/**
 * Starting workloads. The article's scenario is the source's own; the others are illustrative
 * assumptions (not measurements), each stated in full so a reader can judge whether it fits.
 */
import { formatTokens, formatTokensShort } from "@/lib/format";

import { ARTICLE_INPUT_TOKENS_PER_DAY, ARTICLE_OUTPUT_TOKENS_PER_DAY, DAYS_PER_MONTH } from "./article-workload";
import type { ServiceTier } from "./types";
import { DEFAULT_INPUTS, type CalculatorInputs } from "./workload";

export const PRESET_IDS = ["article", "support", "rag", "batch"] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export type Preset = {
  id: PresetId;
  label: string;
  /** One line under the button. */
  summary: string;
  /** Every assumption the numbers rest on. */
  assumptions: string[];
  inputs: CalculatorInputs;
  tier: ServiceTier;
  includeRetired: boolean;
  /** Models to focus on (empty: every model shown). */
  focus: string[];
};

/** The three models of the article's cost table, in its order. */
export const ARTICLE_MODELS = ["gpt-4.1-nano", "gpt-4o-mini", "gpt-4.1-mini"] as const;

export const PRESETS: readonly Preset[] = [
  {
    id: "article",
    label: "The article's scenario",
    summary: `${formatTokensShort(ARTICLE_INPUT_TOKENS_PER_DAY)} input + ${formatTokensShort(ARTICLE_OUTPUT_TOKENS_PER_DAY)} output tokens a day, its three models`,
    assumptions: [
      `${formatTokens(ARTICLE_INPUT_TOKENS_PER_DAY)} input and ${formatTokens(ARTICLE_OUTPUT_TOKENS_PER_DAY)} output tokens a day; a ${DAYS_PER_MONTH}-day month (the article's assumptions).`,
      "Standard tier, no prompt caching, no reasoning tokens.",
      "Focused on the article's three models. Retired models are included because its cheapest model, gpt-4.1-nano, has since been shut down: the figures reproduce the article, not a price you can pay today.",
    ],
    inputs: {
      ...DEFAULT_INPUTS,
      mode: "day",
      inputPerDay: ARTICLE_INPUT_TOKENS_PER_DAY,
      outputPerDay: ARTICLE_OUTPUT_TOKENS_PER_DAY,
      reasoningPerDay: 0,
      cachedPercent: 0,
      daysPerMonth: DAYS_PER_MONTH,
    },
    tier: "standard",
    includeRetired: true,
    focus: [...ARTICLE_MODELS],
  },
  {
    id: "support",
    label: "Support chatbot",
    summary: "5,000 replies a day, 2K-token prompts, half cached",
    assumptions: [
      "5,000 chatbot replies a day, each one request.",
      "2,000 input tokens per request (system prompt, help-center snippets, recent turns) and 250 output tokens.",
      "50% of input served from the prompt cache: the system prompt and earlier turns repeat.",
      `No extra reasoning tokens (reasoning effort set to its lowest), Standard tier, ${DAYS_PER_MONTH}-day month.`,
    ],
    inputs: {
      ...DEFAULT_INPUTS,
      mode: "request",
      requestsPerDay: 5_000,
      inputPerRequest: 2_000,
      outputPerRequest: 250,
      reasoningPerRequest: 0,
      cachedPercent: 50,
      daysPerMonth: DAYS_PER_MONTH,
    },
    tier: "standard",
    includeRetired: false,
    focus: [],
  },
  {
    id: "rag",
    label: "RAG over long documents",
    summary: "500 questions a day over 300K-token document sets",
    assumptions: [
      "500 questions a day, each sending 300,000 input tokens of retrieved documents: above the long-context surcharge threshold of some models and beyond the context window of others.",
      "1,000 output tokens and 2,000 reasoning tokens per answer (reasoning models only).",
      "30% of input cached: the same documents are asked about repeatedly.",
      `Standard tier, ${DAYS_PER_MONTH}-day month.`,
    ],
    inputs: {
      ...DEFAULT_INPUTS,
      mode: "request",
      requestsPerDay: 500,
      inputPerRequest: 300_000,
      outputPerRequest: 1_000,
      reasoningPerRequest: 2_000,
      cachedPercent: 30,
      daysPerMonth: DAYS_PER_MONTH,
    },
    tier: "standard",
    includeRetired: false,
    focus: [],
  },
  {
    id: "batch",
    label: "Nightly batch classification",
    summary: "100,000 items a night through the Batch API",
    assumptions: [
      "100,000 items classified every night, one request each.",
      "400 input tokens per item (instructions + the item) and 5 output tokens (a label).",
      "Batch tier; no caching counted (cached Batch prices are mostly not published); no reasoning tokens.",
      `${DAYS_PER_MONTH} nights a month.`,
    ],
    inputs: {
      ...DEFAULT_INPUTS,
      mode: "request",
      requestsPerDay: 100_000,
      inputPerRequest: 400,
      outputPerRequest: 5,
      reasoningPerRequest: 0,
      cachedPercent: 0,
      daysPerMonth: DAYS_PER_MONTH,
    },
    tier: "batch",
    includeRetired: false,
    focus: [],
  },
];

export function findPreset(id: string | null | undefined): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
