/**
 * The file's period and the 30-day month every view compares on. Normalising is exact: the
 * amount is multiplied by 30 days and divided by the period's length in seconds, so 17 whole
 * days scale by exactly 30/17 (and an amount that divides evenly stays a short decimal).
 */
import { DAYS_PER_MONTH } from "@/lib/cost/article-workload";
import { Dec } from "@/lib/cost/decimal";
import { toPlain } from "@/lib/cost/price";

import { isoDay, SECONDS_PER_DAY } from "./numbers";
import type { Period } from "./types";

export type PeriodInfo = Period & {
  /** Day of the first bucket's start, e.g. "2026-10-25". */
  firstDay: string;
  /** Day of the last bucket's last second (its end is exclusive). */
  lastDay: string;
  seconds: number;
  /** Exact length in days: "30", or "16.5" for hourly buckets. */
  days: string;
};

export function periodInfo(p: Period): PeriodInfo {
  const seconds = p.end - p.start;
  return {
    ...p,
    firstDay: isoDay(p.start),
    lastDay: isoDay(p.end - 1),
    seconds,
    days: toPlain(new Dec(seconds).div(SECONDS_PER_DAY)),
  };
}

const SECONDS_PER_MONTH = DAYS_PER_MONTH * SECONDS_PER_DAY;

/** An amount over `seconds` → the same rate over a 30-day month. */
export function toMonthly(amount: string, seconds: number): string {
  if (seconds <= 0) return toPlain(new Dec(amount));
  return toPlain(new Dec(amount).mul(SECONDS_PER_MONTH).div(seconds));
}

/** Share of a month-scale difference: (b − a) / a × 100, to 4 decimals; null when a is 0. */
export function percentChange(from: string, to: string): string | null {
  const a = new Dec(from);
  if (a.isZero()) return null;
  const pct = new Dec(to).sub(a).div(a).mul(100).toDecimalPlaces(PERCENT_DECIMALS);
  // A change that rounds to zero is "0", never "-0".
  return pct.isZero() ? "0" : toPlain(pct);
}

/** Percentages keep 4 decimals: enough for "0.00 %" to mean zero, short enough to print. */
export const PERCENT_DECIMALS = 4;
