/**
 * The calculator's inputs (what the sliders set) and how they become a billing Workload.
 * Two ways to describe volume: tokens per day, or requests per day × tokens per request. Only
 * the second knows the size of one request, so only it can apply long-context surcharges and
 * context-window limits.
 */
import Decimal from "decimal.js";

import { numberProblemHint, parseTypedNumber } from "@/lib/typed-number";

import { ARTICLE_INPUT_TOKENS_PER_DAY, ARTICLE_OUTPUT_TOKENS_PER_DAY, DAYS_PER_MONTH } from "./article-workload";
import type { Workload } from "./types";

export type VolumeMode = "day" | "request";

export type CalculatorInputs = {
  mode: VolumeMode;
  inputPerDay: number;
  outputPerDay: number;
  /** Extra reasoning tokens per day (tokens-per-day mode). */
  reasoningPerDay: number;
  requestsPerDay: number;
  inputPerRequest: number;
  outputPerRequest: number;
  /** Extra reasoning tokens per request (requests mode). */
  reasoningPerRequest: number;
  /** Share of input tokens read from the prompt cache, 0–100 %. */
  cachedPercent: number;
  daysPerMonth: number;
};

/**
 * Ranges of every input. 10^11 tokens a day × 31 days is above 3·10^12 a month, beyond the
 * 10^12 a month the calculator promises to stay exact for. A request may exceed every context
 * window (10M tokens), so the table can say which models cannot take it.
 */
export const LIMITS = {
  tokensPerDay: { min: 0, max: 100_000_000_000, minExp: 3, maxExp: 11 },
  requestsPerDay: { min: 0, max: 100_000_000, minExp: 1, maxExp: 8 },
  inputPerRequest: { min: 0, max: 10_000_000, minExp: 1, maxExp: 7 },
  outputPerRequest: { min: 0, max: 1_000_000, minExp: 1, maxExp: 6 },
  reasoningPerRequest: { min: 0, max: 1_000_000, minExp: 1, maxExp: 6 },
  cachedPercent: { min: 0, max: 100 },
  daysPerMonth: { min: 1, max: 31 },
} as const;

/** The article's workload (1M input + 500K output tokens a day) is the starting point. */
export const DEFAULT_INPUTS: CalculatorInputs = {
  mode: "day",
  inputPerDay: ARTICLE_INPUT_TOKENS_PER_DAY,
  outputPerDay: ARTICLE_OUTPUT_TOKENS_PER_DAY,
  reasoningPerDay: 0,
  requestsPerDay: 1_000,
  inputPerRequest: 1_000,
  outputPerRequest: 500,
  reasoningPerRequest: 0,
  cachedPercent: 0,
  daysPerMonth: DAYS_PER_MONTH,
};

const clampInt = (n: number, min: number, max: number) =>
  Number.isFinite(n) ? Math.min(max, Math.max(min, Math.round(n))) : min;

/** Every field clamped into its range (whole numbers; never NaN). */
export function clampInputs(i: CalculatorInputs): CalculatorInputs {
  return {
    mode: i.mode === "request" ? "request" : "day",
    inputPerDay: clampInt(i.inputPerDay, 0, LIMITS.tokensPerDay.max),
    outputPerDay: clampInt(i.outputPerDay, 0, LIMITS.tokensPerDay.max),
    reasoningPerDay: clampInt(i.reasoningPerDay, 0, LIMITS.tokensPerDay.max),
    requestsPerDay: clampInt(i.requestsPerDay, 0, LIMITS.requestsPerDay.max),
    inputPerRequest: clampInt(i.inputPerRequest, 0, LIMITS.inputPerRequest.max),
    outputPerRequest: clampInt(i.outputPerRequest, 0, LIMITS.outputPerRequest.max),
    reasoningPerRequest: clampInt(i.reasoningPerRequest, 0, LIMITS.reasoningPerRequest.max),
    cachedPercent: clampInt(i.cachedPercent, LIMITS.cachedPercent.min, LIMITS.cachedPercent.max),
    daysPerMonth: clampInt(i.daysPerMonth, LIMITS.daysPerMonth.min, LIMITS.daysPerMonth.max),
  };
}

/** The billing workload for these inputs (per day; request sizes only in requests mode). */
export function toWorkload(raw: CalculatorInputs): Workload {
  const i = clampInputs(raw);
  if (i.mode === "day") {
    return {
      inputTokensPerDay: i.inputPerDay,
      outputTokensPerDay: i.outputPerDay,
      reasoningTokensPerDay: i.reasoningPerDay,
      cachedPercent: i.cachedPercent,
      daysPerMonth: i.daysPerMonth,
      inputTokensPerRequest: null,
    };
  }
  // At most 10^8 × 10^7 = 10^15 tokens a day: still an exact integer in a double.
  return {
    inputTokensPerDay: i.requestsPerDay * i.inputPerRequest,
    outputTokensPerDay: i.requestsPerDay * i.outputPerRequest,
    reasoningTokensPerDay: i.requestsPerDay * i.reasoningPerRequest,
    cachedPercent: i.cachedPercent,
    daysPerMonth: i.daysPerMonth,
    inputTokensPerRequest: i.inputPerRequest > 0 ? i.inputPerRequest : null,
    outputTokensPerRequest: i.outputPerRequest,
    reasoningTokensPerRequest: i.reasoningPerRequest,
  };
}

/**
 * Switches the way volume is described, keeping the daily totals as close as whole tokens
 * allow: to requests mode, the current number of requests per day divides the daily totals;
 * back to tokens-per-day mode, requests × tokens per request become the totals.
 */
export function switchMode(raw: CalculatorInputs, to: VolumeMode): CalculatorInputs {
  const i = clampInputs(raw);
  if (i.mode === to) return i;
  if (to === "request") {
    const requests = i.requestsPerDay > 0 ? i.requestsPerDay : DEFAULT_INPUTS.requestsPerDay;
    const per = (daily: number, max: number) => Math.min(max, Math.round(daily / requests));
    return {
      ...i,
      mode: "request",
      requestsPerDay: requests,
      inputPerRequest: per(i.inputPerDay, LIMITS.inputPerRequest.max),
      outputPerRequest: per(i.outputPerDay, LIMITS.outputPerRequest.max),
      reasoningPerRequest: per(i.reasoningPerDay, LIMITS.reasoningPerRequest.max),
    };
  }
  const w = toWorkload(i);
  const cap = (n: number) => Math.min(LIMITS.tokensPerDay.max, n);
  return {
    ...i,
    mode: "day",
    inputPerDay: cap(w.inputTokensPerDay),
    outputPerDay: cap(w.outputTokensPerDay),
    reasoningPerDay: cap(w.reasoningTokensPerDay),
  };
}

type ParsedAmount = { ok: true; value: number; message?: string } | { ok: false; message: string };

/**
 * Reads a typed whole number: "1,000,000", "1 000 000", "1.5M", "500k", "2B", "1.5e6". Refuses
 * what is not a number, ambiguous ("1,5"), fractional or negative, saying how to write it;
 * clamps what is out of range and says so.
 */
export function parseWholeNumber(text: string, { min, max, unit }: { min: number; max: number; unit: string }): ParsedAmount {
  const r = parseTypedNumber(text);
  if (!r.ok) {
    if (r.problem === "empty") return { ok: false, message: `Enter a number of ${unit}.` };
    if (r.problem === "negative") return { ok: false, message: `The number of ${unit} cannot be negative.` };
    return { ok: false, message: numberProblemHint(r.problem, text, `a number of ${unit}`) };
  }
  if (!r.whole) return { ok: false, message: `Enter a whole number of ${unit}.` };
  if (r.value > max)
    return { ok: true, value: max, message: `Capped at ${max.toLocaleString("en-US")} ${unit}, the most this calculator takes.` };
  if (r.value < min)
    return {
      ok: true,
      value: min,
      message: `Raised to ${min.toLocaleString("en-US")} ${unit}, the least this calculator takes.`,
    };
  return { ok: true, value: r.value };
}

/** Tokens a month (input, output and reasoning), exactly: above 2^53 a double would round. */
export function tokensPerMonth(w: Workload): string {
  return new Decimal(w.inputTokensPerDay).add(w.outputTokensPerDay).add(w.reasoningTokensPerDay).mul(w.daysPerMonth).toFixed();
}
