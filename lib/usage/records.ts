/**
 * One usage or cost record, whatever file it came from: the JSON and CSV readers hand over a
 * getter by field name and get back counts or the field that is wrong and why.
 */
import { readCount, readDecimal, readFlag, readKey } from "./numbers";
import { usageTier } from "./tiers";
import type { TokenCounts, UsageTier } from "./types";

export type Getter = (field: string) => unknown;

export type UsageRecord = {
  model: string | null;
  tier: UsageTier;
  counts: TokenCounts;
  /** Which optional fields the record carried (a null field is "not grouped by it"). */
  has: { batch: boolean; serviceTier: boolean; cacheWrite: boolean; imageTokens: boolean };
  /** A figure the record contradicts itself on, worth a warning but not a refusal. */
  warning: string | null;
};

export type RecordError = { ok: false; field: string; reason: string };

const fmt = (n: number) => n.toLocaleString("en-US");

export function readUsageRecord(get: Getter): ({ ok: true } & UsageRecord) | RecordError {
  const counts: Record<string, number> = {};
  const required = ["input_tokens", "output_tokens", "num_model_requests"] as const;
  const optional = ["input_cached_tokens", "input_cache_write_tokens", "input_uncached_tokens", "input_image_tokens"] as const;
  for (const f of required) {
    const r = readCount(get(f), "error");
    if (!r.ok) return { ok: false, field: f, reason: r.reason };
    counts[f] = r.value;
  }
  for (const f of optional) {
    const r = readCount(get(f), "zero");
    if (!r.ok) return { ok: false, field: f, reason: r.reason };
    counts[f] = r.value;
  }
  const model = readKey(get("model"));
  if (!model.ok) return { ok: false, field: "model", reason: model.reason };
  const batch = readFlag(get("batch"));
  if (!batch.ok) return { ok: false, field: "batch", reason: batch.reason };
  const tier = readKey(get("service_tier"));
  if (!tier.ok) return { ok: false, field: "service_tier", reason: tier.reason };

  const input = counts.input_tokens!;
  const cached = counts.input_cached_tokens!;
  const writes = counts.input_cache_write_tokens!;
  if (cached + writes > input) {
    return {
      ok: false,
      field: "input_cached_tokens",
      reason: `cached (${fmt(cached)}) plus cache-write (${fmt(writes)}) tokens exceed input_tokens (${fmt(input)}), which includes them`,
    };
  }
  const uncached = input - cached - writes;
  const present = (f: string) => {
    const v = get(f);
    return v !== null && v !== undefined && v !== "";
  };
  let warning: string | null = null;
  if (present("input_uncached_tokens")) {
    const given = counts.input_uncached_tokens!;
    // Some exports count cache writes as uncached input; either reading is consistent.
    if (given !== uncached && given !== input - cached) {
      warning = `input_uncached_tokens (${fmt(given)}) does not match input_tokens − cached − cache writes (${fmt(uncached)}); the latter is used`;
    }
  }
  return {
    ok: true,
    model: model.value,
    tier: usageTier(batch.value, tier.value),
    counts: {
      requests: counts.num_model_requests!,
      uncachedInput: uncached,
      cachedInput: cached,
      cacheWriteInput: writes,
      output: counts.output_tokens!,
      imageInput: counts.input_image_tokens!,
    },
    has: {
      batch: batch.value !== null,
      serviceTier: tier.value !== null,
      cacheWrite: present("input_cache_write_tokens"),
      imageTokens: present("input_image_tokens"),
    },
    warning,
  };
}

export type CostRecord = { amount: string; currency: string; lineItem: string | null; quantity: string | null; quantityUnit: string | null };

/** Logical fields: amount, currency, line_item, quantity, quantity_unit. */
export function readCostRecord(get: Getter): ({ ok: true } & CostRecord) | RecordError {
  const amount = readDecimal(get("amount"));
  if (!amount.ok) return { ok: false, field: "amount", reason: amount.reason };
  const currency = readKey(get("currency"));
  if (!currency.ok) return { ok: false, field: "currency", reason: currency.reason };
  if (currency.value === null) return { ok: false, field: "currency", reason: "is empty, must name the currency (e.g. usd)" };
  const lineItem = readKey(get("line_item"));
  if (!lineItem.ok) return { ok: false, field: "line_item", reason: lineItem.reason };
  const rawQuantity = get("quantity");
  let quantity: string | null = null;
  if (rawQuantity !== null && rawQuantity !== undefined && rawQuantity !== "") {
    const q = readDecimal(rawQuantity);
    if (!q.ok) return { ok: false, field: "quantity", reason: q.reason };
    quantity = q.value;
  }
  const unit = readKey(get("quantity_unit"));
  if (!unit.ok) return { ok: false, field: "quantity_unit", reason: unit.reason };
  return { ok: true, amount: amount.value, currency: currency.value.toLowerCase(), lineItem: lineItem.value, quantity, quantityUnit: unit.value };
}
