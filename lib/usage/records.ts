/**
 * One usage or cost record, whatever file it came from: the JSON and CSV readers hand over a
 * getter by field name and get back counts or the field that is wrong and why.
 */
import { formatTokens } from "@/lib/format";

import { countOrReason, readDecimal, readFlag, readKey } from "./numbers";
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

const fmt = formatTokens;

const present = (v: unknown) => v !== null && v !== undefined && v !== "";

export function readUsageRecord(get: Getter): ({ ok: true } & UsageRecord) | RecordError {
  // Locals, not a loop over field names: this runs for every row of a 100,000-row export.
  const input = countOrReason(get("input_tokens"), "error");
  if (typeof input === "string") return { ok: false, field: "input_tokens", reason: input };
  const output = countOrReason(get("output_tokens"), "error");
  if (typeof output === "string") return { ok: false, field: "output_tokens", reason: output };
  const requests = countOrReason(get("num_model_requests"), "error");
  if (typeof requests === "string") return { ok: false, field: "num_model_requests", reason: requests };
  const rawCached = get("input_cached_tokens");
  const cached = countOrReason(rawCached, "zero");
  if (typeof cached === "string") return { ok: false, field: "input_cached_tokens", reason: cached };
  const rawWrites = get("input_cache_write_tokens");
  const writes = countOrReason(rawWrites, "zero");
  if (typeof writes === "string") return { ok: false, field: "input_cache_write_tokens", reason: writes };
  const rawUncached = get("input_uncached_tokens");
  const givenUncached = countOrReason(rawUncached, "zero");
  if (typeof givenUncached === "string") return { ok: false, field: "input_uncached_tokens", reason: givenUncached };
  const rawImages = get("input_image_tokens");
  const images = countOrReason(rawImages, "zero");
  if (typeof images === "string") return { ok: false, field: "input_image_tokens", reason: images };
  const model = readKey(get("model"));
  if (!model.ok) return { ok: false, field: "model", reason: model.reason };
  const batch = readFlag(get("batch"));
  if (!batch.ok) return { ok: false, field: "batch", reason: batch.reason };
  const tier = readKey(get("service_tier"));
  if (!tier.ok) return { ok: false, field: "service_tier", reason: tier.reason };

  if (cached + writes > input) {
    return {
      ok: false,
      field: "input_cached_tokens",
      reason: `cached (${fmt(cached)}) plus cache-write (${fmt(writes)}) tokens exceed input_tokens (${fmt(input)}), which includes them`,
    };
  }
  const uncached = input - cached - writes;
  let warning: string | null = null;
  // Some exports count cache writes as uncached input; either reading is consistent.
  if (present(rawUncached) && givenUncached !== uncached && givenUncached !== input - cached) {
    warning = `input_uncached_tokens (${fmt(givenUncached)}) does not match input_tokens − cached − cache writes (${fmt(uncached)}); the latter is used`;
  }
  return {
    ok: true,
    model: model.value,
    tier: usageTier(batch.value, tier.value),
    counts: { requests, uncachedInput: uncached, cachedInput: cached, cacheWriteInput: writes, output, imageInput: images },
    has: {
      batch: batch.value !== null,
      serviceTier: tier.value !== null,
      cacheWrite: present(rawWrites),
      imageTokens: present(rawImages),
    },
    warning,
  };
}

export type CostRecord = {
  amount: string;
  currency: string;
  lineItem: string | null;
  quantity: string | null;
  quantityUnit: string | null;
};

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
  return {
    ok: true,
    amount: amount.value,
    currency: currency.value.toLowerCase(),
    lineItem: lineItem.value,
    quantity,
    quantityUnit: unit.value,
  };
}
