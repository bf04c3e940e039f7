/**
 * The billing model: a daily workload on one model and service tier → exact money with
 * line items ("show the math"). Decimal arithmetic throughout (decimal.js): volumes up to
 * 10^12 tokens never produce float artefacts, NaN or exponent notation. Formatting happens
 * at the edge (lib/format.ts), from the decimal strings returned here.
 */
import { formatNumber } from "@/lib/format";

import { Dec as Decimal } from "./decimal";
import { TIER_LABEL } from "./tiers";
import type { CostResult, LineItem, PricedModel, ServiceTier, Workload } from "./types";

const MILLION = new Decimal(1_000_000);
/** A year is twelve of the user's months, so month and year stay consistent. */
const MONTHS_PER_YEAR = 12;

export { TIER_LABEL };

/** Exact decimal string without exponent notation. */
export function toPlain(d: Decimal): string {
  return d.toFixed();
}

/** Clamps a workload to sane, finite, non-negative values (bad input must never reach money). */
export function sanitizeWorkload(w: Workload): Workload {
  const nonNeg = (n: number) => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);
  const perRequest = (n: number | null | undefined) =>
    n === null || n === undefined || !Number.isFinite(n) || n < 0 ? null : Math.floor(n);
  return {
    inputTokensPerDay: nonNeg(w.inputTokensPerDay),
    outputTokensPerDay: nonNeg(w.outputTokensPerDay),
    reasoningTokensPerDay: nonNeg(w.reasoningTokensPerDay),
    cachedPercent: Number.isFinite(w.cachedPercent) ? Math.min(100, Math.max(0, w.cachedPercent)) : 0,
    daysPerMonth: Number.isFinite(w.daysPerMonth) ? Math.min(31, Math.max(1, Math.round(w.daysPerMonth))) : 30,
    inputTokensPerRequest:
      w.inputTokensPerRequest === null || !Number.isFinite(w.inputTokensPerRequest) || w.inputTokensPerRequest <= 0
        ? null
        : Math.floor(w.inputTokensPerRequest),
    // Optional fields stay absent when the caller did not describe them.
    ...(w.outputTokensPerRequest !== undefined ? { outputTokensPerRequest: perRequest(w.outputTokensPerRequest) } : {}),
    ...(w.reasoningTokensPerRequest !== undefined ? { reasoningTokensPerRequest: perRequest(w.reasoningTokensPerRequest) } : {}),
  };
}

/** As `toLocaleString("en-US")` wrote it, without building an ICU formatter (lib/format.ts). */
const fmtInt = (n: number) => formatNumber(n, 3);

/** Why a model cannot take one request of this workload, or null when it can. */
function requestLimitProblem(model: PricedModel, w: Workload): CostResult | null {
  const input = w.inputTokensPerRequest;
  const inputLimit = model.maxInput ?? model.contextWindow;
  if (input !== null && inputLimit !== null && input > inputLimit) {
    return {
      ok: false,
      reason: "exceeds-context",
      message: `${model.id} cannot take ${fmtInt(input)} input tokens per request (limit ${fmtInt(inputLimit)})`,
    };
  }
  const output = w.outputTokensPerRequest ?? null;
  if (output === null) return null;
  // Reasoning tokens are output tokens: they count against max output and the context window.
  const generated = output + (model.reasoning ? (w.reasoningTokensPerRequest ?? 0) : 0);
  if (model.maxOutput != null && generated > model.maxOutput) {
    return {
      ok: false,
      reason: "exceeds-output",
      message: `${model.id} cannot write ${fmtInt(generated)} output${model.reasoning ? " + reasoning" : ""} tokens per request (max output ${fmtInt(model.maxOutput)})`,
    };
  }
  if (input !== null && model.contextWindow !== null && input + generated > model.contextWindow) {
    return {
      ok: false,
      reason: "exceeds-context",
      message: `${model.id} cannot fit ${fmtInt(input + generated)} tokens (input + output) in one request (context window ${fmtInt(model.contextWindow)})`,
    };
  }
  return null;
}

export function monthlyCost(model: PricedModel, workload: Workload, tier: ServiceTier): CostResult {
  const w = sanitizeWorkload(workload);
  const rates = model.tiers[tier];
  if (!rates) {
    return { ok: false, reason: "no-tier", message: `No ${TIER_LABEL[tier].toLowerCase()} tier published for ${model.id}` };
  }
  if (rates.input === null || rates.output === null) {
    return { ok: false, reason: "no-price", message: `${TIER_LABEL[tier]} input or output price not published for ${model.id}` };
  }
  const refused = requestLimitProblem(model, w);
  if (refused) return refused;

  const notes: string[] = [];
  const lc = model.longContext;
  const longContextApplied = lc !== null && w.inputTokensPerRequest !== null && w.inputTokensPerRequest > lc.thresholdTokens;
  if (longContextApplied && lc) {
    notes.push(
      `Long-context pricing: requests over ${fmtInt(lc.thresholdTokens)} input tokens are billed at ${lc.inputMultiplier}× input and ${lc.outputMultiplier}× output for the whole request.`,
    );
  } else if (lc && w.inputTokensPerRequest === null) {
    notes.push(
      `Request size unknown: the long-context surcharge (requests over ${fmtInt(lc.thresholdTokens)} input tokens) is assumed not to apply; describe requests to check.`,
    );
  }

  const input = new Decimal(w.inputTokensPerDay);
  const cached = input.mul(w.cachedPercent).div(100).floor();
  const uncached = input.sub(cached);
  const output = new Decimal(w.outputTokensPerDay);
  const reasoning = model.reasoning ? new Decimal(w.reasoningTokensPerDay) : new Decimal(0);
  if (!model.reasoning && w.reasoningTokensPerDay > 0)
    notes.push(`${model.id} does not reason: reasoning tokens are not billed.`);

  const inputRate = new Decimal(rates.input);
  let cachedRate: Decimal;
  let cachedNote: string | undefined;
  if (rates.cachedInput === null) {
    cachedRate = inputRate;
    cachedNote = "cached price not published: billed at the full input price (upper bound)";
    if (cached.gt(0)) notes.push(`Cached-input price not published for ${model.id}: cached tokens are priced as uncached.`);
  } else cachedRate = new Decimal(rates.cachedInput);
  const outputRate = new Decimal(rates.output);

  const line = (kind: LineItem["kind"], label: string, tokens: Decimal, rate: Decimal, note?: string): LineItem => ({
    kind,
    label,
    tokensPerDay: toPlain(tokens),
    ratePer1M: toPlain(rate),
    amountPerDay: toPlain(tokens.mul(rate).div(MILLION)),
    ...(note ? { note } : {}),
  });

  const lines: LineItem[] = [line("input", "Uncached input", uncached, inputRate)];
  if (cached.gt(0)) lines.push(line("cachedInput", "Cached input", cached, cachedRate, cachedNote));
  lines.push(line("output", "Output", output, outputRate));
  if (reasoning.gt(0)) lines.push(line("reasoning", "Reasoning (billed as output)", reasoning, outputRate));
  if (longContextApplied && lc) {
    // The surcharge is shown as its own lines: (multiplier − 1) × the base rate on the same tokens.
    const inExtra = new Decimal(lc.inputMultiplier).sub(1);
    const outExtra = new Decimal(lc.outputMultiplier).sub(1);
    if (inExtra.gt(0)) {
      lines.push(
        line(
          "longContextInput",
          `Long-context surcharge on uncached input (${lc.inputMultiplier}×)`,
          uncached,
          inputRate.mul(inExtra),
        ),
      );
      if (cached.gt(0)) {
        lines.push(
          line(
            "longContextCachedInput",
            `Long-context surcharge on cached input (${lc.inputMultiplier}×)`,
            cached,
            cachedRate.mul(inExtra),
          ),
        );
      }
    }
    if (outExtra.gt(0)) {
      lines.push(
        line(
          "longContextOutput",
          `Long-context surcharge on output${reasoning.gt(0) ? " and reasoning" : ""} (${lc.outputMultiplier}×)`,
          output.add(reasoning),
          outputRate.mul(outExtra),
        ),
      );
    }
  }

  const perDay = lines.reduce((sum, l) => sum.add(l.amountPerDay), new Decimal(0));
  const perMonth = perDay.mul(w.daysPerMonth);
  return {
    ok: true,
    perDay: toPlain(perDay),
    perMonth: toPlain(perMonth),
    perYear: toPlain(perMonth.mul(MONTHS_PER_YEAR)),
    lines,
    notes,
    longContextApplied,
    tier,
  };
}

/** Cost relative to the cheapest successful result: "1.5" for 1.5×. null when not comparable. */
export function relativeTo(cheapestPerMonth: string, perMonth: string): string | null {
  const base = new Decimal(cheapestPerMonth);
  if (base.isZero()) return null;
  return toPlain(new Decimal(perMonth).div(base).toDecimalPlaces(2));
}
