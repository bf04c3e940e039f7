/**
 * Exact token counts of one model and tier → money, through the calculator's billing model
 * (lib/cost/price.ts: tier availability, rates, "not published" fallbacks, decimal arithmetic).
 * The billing model prices a daily workload with a cached share in percent; an export gives
 * exact counts, so each kind is priced on its own: uncached input and output in one call,
 * cached input in a second call at a cached share of 100 %. Days per month is 1, so "per month"
 * is the amount for exactly these tokens.
 *
 * Two things the billing model leaves to its caller, because the calculator describes them
 * differently:
 * - Request size. An export holds totals only, so the long-context surcharge and the context
 *   window are judged here from the average request (see `averageRequest`), and the billing
 *   model is given a request size of one token, which triggers none of its own checks.
 * - Cache writes. The calculator leaves them out of its totals; an export counts them, so they
 *   are priced here at the catalog's cache-write price, which the data gives for standard
 *   processing only. Where the catalog has none, they stay unpriced and say so: never $0.
 */
import { Dec } from "@/lib/cost/decimal";
import { monthlyCost, toPlain } from "@/lib/cost/price";
import type { LineItem, PricedModel, Workload } from "@/lib/cost/types";
import { formatTokens } from "@/lib/format";

import { isServiceTier, tierLabel } from "./tiers";
import type { TokenCounts, TokenKind, UsageTier } from "./types";

const MILLION = new Dec(1_000_000);
/** See the module comment: the smallest request, so no request-size rule of the calculator applies. */
const NEUTRAL_REQUEST_TOKENS = 1;

export type PricedPart = {
  kind: TokenKind;
  tokens: number;
  /** USD per 1M tokens applied; null when unpriced. */
  ratePer1M: string | null;
  /** Exact USD; null when unpriced. */
  amount: string | null;
  /** Why it is unpriced, or a caveat on its rate. */
  note: string | null;
};

export type CellCost = {
  /** Exact USD of the priced parts. */
  amount: string;
  parts: PricedPart[];
  /** false when some tokens have no price (their parts carry amount null and the reason). */
  complete: boolean;
  /** true when the real bill is likely higher (long-context surcharge on some requests). */
  lowerBound: boolean;
  notes: string[];
};

const fmt = formatTokens;

function workload(inputTokens: number, cachedPercent: number, outputTokens: number): Workload {
  return {
    inputTokensPerDay: inputTokens,
    outputTokensPerDay: outputTokens,
    reasoningTokensPerDay: 0,
    cachedPercent,
    daysPerMonth: 1,
    inputTokensPerRequest: NEUTRAL_REQUEST_TOKENS,
  };
}

function lineOf(lines: LineItem[], kind: LineItem["kind"]): LineItem | undefined {
  return lines.find((l) => l.kind === kind);
}

export function inputTokens(c: TokenCounts): number {
  return c.uncachedInput + c.cachedInput + c.cacheWriteInput;
}

/**
 * What the totals say about request size: the average. The largest request is at least the
 * average (rounded up), which is all an export can prove.
 */
export function averageRequest(c: TokenCounts): { input: number; output: number } | null {
  if (c.requests === 0) return null;
  return { input: Math.ceil(inputTokens(c) / c.requests), output: Math.ceil(c.output / c.requests) };
}

function unpricedParts(c: TokenCounts, reason: string): PricedPart[] {
  const kinds: TokenKind[] = ["uncachedInput", "cachedInput", "cacheWriteInput", "output"];
  return kinds.filter((k) => c[k] > 0).map((kind) => ({ kind, tokens: c[kind], ratePer1M: null, amount: null, note: reason }));
}

export function priceCounts(model: PricedModel, c: TokenCounts, tier: UsageTier): CellCost {
  const empty = (reason: string): CellCost => {
    const parts = unpricedParts(c, reason);
    return { amount: "0", parts, complete: parts.length === 0, lowerBound: false, notes: parts.length ? [reason] : [] };
  };
  if (!isServiceTier(tier)) return empty(`The ${tierLabel(tier)} has no prices in the catalog.`);

  const main = monthlyCost(model, workload(c.uncachedInput, 0, c.output), tier);
  if (!main.ok) return empty(main.message);
  const notes = new Set(main.notes);
  const parts: PricedPart[] = [];
  const fromLine = (kind: TokenKind, tokens: number, line: LineItem | undefined) => {
    if (tokens === 0) return;
    parts.push({
      kind,
      tokens,
      ratePer1M: line?.ratePer1M ?? null,
      amount: line?.amountPerDay ?? null,
      note: line?.note ?? null,
    });
  };
  fromLine("uncachedInput", c.uncachedInput, lineOf(main.lines, "input"));
  if (c.cachedInput > 0) {
    const cached = monthlyCost(model, workload(c.cachedInput, 100, 0), tier);
    if (cached.ok) {
      cached.notes.forEach((n) => notes.add(n));
      fromLine("cachedInput", c.cachedInput, lineOf(cached.lines, "cachedInput"));
    }
  }
  if (c.cacheWriteInput > 0) {
    const rate = model.cacheWrite;
    let note: string;
    if (rate != null && tier === "standard") {
      const r = new Dec(rate);
      parts.push({
        kind: "cacheWriteInput",
        tokens: c.cacheWriteInput,
        ratePer1M: toPlain(r),
        amount: toPlain(r.mul(c.cacheWriteInput).div(MILLION)),
        note: null,
      });
    } else {
      note =
        rate != null
          ? `The catalog gives ${model.id}'s cache-write price for standard processing only: ${fmt(c.cacheWriteInput)} cache-write tokens on ${tierLabel(tier)} are not priced.`
          : `The catalog has no cache-write price for ${model.id}: ${fmt(c.cacheWriteInput)} cache-write tokens are left out of this total.`;
      parts.push({ kind: "cacheWriteInput", tokens: c.cacheWriteInput, ratePer1M: null, amount: null, note });
      notes.add(note);
    }
  }
  fromLine("output", c.output, lineOf(main.lines, "output"));

  let lowerBound = false;
  const lc = model.longContext;
  const avg = averageRequest(c);
  if (lc && avg && avg.input > lc.thresholdTokens) {
    lowerBound = true;
    notes.add(
      `These requests average ${fmt(avg.input)} input tokens, above ${model.id}'s long-context threshold of ${fmt(lc.thresholdTokens)}: at least some were billed at ${lc.inputMultiplier}× input and ${lc.outputMultiplier}× output, which the export cannot show, so this is a lower bound.`,
    );
  }
  const amount = parts.reduce((s, p) => (p.amount === null ? s : s.add(p.amount)), new Dec(0));
  return { amount: toPlain(amount), parts, complete: parts.every((p) => p.amount !== null), lowerBound, notes: [...notes] };
}
