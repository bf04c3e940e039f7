import type { CatalogEntry, ServiceTier } from "@/lib/catalog/types";

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
  reasoning: boolean;
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
};

export type LineItem = {
  kind: "input" | "cachedInput" | "output" | "reasoning";
  label: string;
  tokensPerDay: string;
  /** USD per 1M tokens actually applied (after any long-context multiplier). */
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
    }
  | { ok: false; reason: "no-tier" | "no-price" | "exceeds-context"; message: string };

export type { ServiceTier, CatalogEntry };
