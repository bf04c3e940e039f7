/**
 * Cost line items name a model and what was billed: "gpt-4o-mini-2024-07-18, input",
 * "gpt-5.4-mini-2026-03-17, cached input". OpenAI documents the standard wording; how other
 * tiers are worded is read leniently (a tier word anywhere after the model: "batch input",
 * "input, batch", "priority output"), and samples use "<model>, <tier> <kind>" for them.
 */
import type { ServiceTier, TokenKind } from "./types";

export type ParsedLineItem = {
  /** The model ID before the first comma; null when the line item names none. */
  model: string | null;
  /** Which tokens it bills; null for line items that are not tokens (tools, storage, …). */
  kind: TokenKind | null;
  /** null when the line item names no tier (standard, or all tiers together). */
  tier: ServiceTier | null;
  /** It says regional processing or data residency. */
  regional: boolean;
};

const KINDS: [RegExp, TokenKind][] = [
  [/\bcache[ds]?[ -]?writes?\b|\bcache[ -]?creation\b/, "cacheWriteInput"],
  [/\bcached[ -]?input\b|\bcache[ -]?reads?\b|\bcached\b/, "cachedInput"],
  [/\binput\b|\bprompt\b/, "uncachedInput"],
  [/\boutput\b|\bcompletion\b/, "output"],
];
const TIERS: [RegExp, ServiceTier][] = [
  [/\bbatch\b/, "batch"],
  [/\bflex\b/, "flex"],
  [/\bpriority\b|\bfast\b/, "fast"],
  [/\bstandard\b|\bdefault\b/, "standard"],
];
const REGIONAL = /\bregional\b|\bresidency\b|\bregion\b/;

export function parseLineItem(lineItem: string): ParsedLineItem {
  const comma = lineItem.indexOf(",");
  if (comma < 0) return { model: null, kind: null, tier: null, regional: REGIONAL.test(lineItem.toLowerCase()) };
  const model = lineItem.slice(0, comma).trim() || null;
  const rest = lineItem.slice(comma + 1).toLowerCase();
  return {
    model,
    kind: KINDS.find(([re]) => re.test(rest))?.[1] ?? null,
    tier: TIERS.find(([re]) => re.test(rest))?.[1] ?? null,
    regional: REGIONAL.test(rest),
  };
}

const KIND_WORDS: Record<TokenKind, string> = {
  uncachedInput: "input",
  cachedInput: "cached input",
  cacheWriteInput: "cache write",
  output: "output",
};
const TIER_WORDS: Record<ServiceTier, string> = { standard: "", batch: "batch ", flex: "flex ", fast: "priority " };

/** The line item the samples write for a model, tier and kind (parseLineItem reads it back). */
export function lineItemFor(model: string, tier: ServiceTier, kind: TokenKind): string {
  return `${model}, ${TIER_WORDS[tier]}${KIND_WORDS[kind]}`;
}
