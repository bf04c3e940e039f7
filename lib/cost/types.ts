import type { ServiceTier } from "@/lib/catalog/types";

/** USD per 1M tokens for one tier; null = not published. */
export type TierRates = { input: number | null; cachedInput: number | null; output: number | null };

/**
 * What the pricing function needs of a model: plain numbers, no sources (cheap to send to the
 * browser). Built on the server with `toPricedModel`.
 */
export type PricedModel = {
  id: string;
  tiers: Record<ServiceTier, TierRates | null>;
  longContext: { thresholdTokens: number; inputMultiplier: number; outputMultiplier: number } | null;
  contextWindow: number | null;
  maxInput: number | null;
  /** Output tokens per request, reasoning included; optional for callers that never check it. */
  maxOutput?: number | null;
  reasoning: boolean;
  /** USD per 1M tokens written to the prompt cache, where billed separately (not in the totals). */
  cacheWrite?: number | null;
};

/**
 * A daily workload. Token counts are per day. `inputTokensPerRequest` is known only when the
 * user describes requests (requests × tokens per request); without it, no long-context
 * surcharge or context-window check can be made, and the breakdown says so.
 */
export type Workload = {
  inputTokensPerDay: number;
  outputTokensPerDay: number;
  /** Extra reasoning tokens per day, billed as output; ignored for non-reasoning models. */
  reasoningTokensPerDay: number;
  /** Share of input tokens served from the prompt cache, 0–100. */
  cachedPercent: number;
  daysPerMonth: number;
  inputTokensPerRequest: number | null;
  /** Output tokens per request, when requests are described: checked against max output. */
  outputTokensPerRequest?: number | null;
  /** Reasoning tokens per request (counted against max output and the context window). */
  reasoningTokensPerRequest?: number | null;
};

export type LineItem = {
  /** longContext*: the extra over the base rate for requests above the surcharge threshold. */
  kind: "input" | "cachedInput" | "output" | "reasoning" | "longContextInput" | "longContextCachedInput" | "longContextOutput";
  label: string;
  tokensPerDay: string;
  /** USD per 1M tokens applied on this line (the tier's rate; for surcharge lines, the extra). */
  ratePer1M: string;
  /** USD per day, exact decimal string. */
  amountPerDay: string;
  note?: string;
};

export type CostResult =
  | {
      ok: true;
      perDay: string;
      perMonth: string;
      perYear: string;
      lines: LineItem[];
      /** Caveats that apply to this row (long context applied, cached price missing, ...). */
      notes: string[];
      longContextApplied: boolean;
      tier: ServiceTier;
    }
  | { ok: false; reason: "no-tier" | "no-price" | "exceeds-context" | "exceeds-output"; message: string };

export type { ServiceTier };
