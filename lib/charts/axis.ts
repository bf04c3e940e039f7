/**
 * Axis arithmetic for the charts: log-scale domains and ticks, round linear steps. (Where a
 * value falls along a bar chart's axis is in bar-scale.ts.)
 */

export const SCALES = ["linear", "log"] as const;
export type Scale = (typeof SCALES)[number];

const NICE_STEPS = [1, 2, 5, 10] as const;

/**
 * A log axis must not touch zero: the domain runs from the power of ten at or below the
 * smallest positive value to the first 1, 2 or 5 × 10^k at or above the largest.
 * Falls back to [1, 10] when there is no positive value.
 */
export function logDomain(values: readonly (number | null | undefined)[]): [number, number] {
  const pos = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v) && v > 0);
  if (!pos.length) return [1, 10];
  const min = Math.min(...pos);
  const max = Math.max(...pos);
  const low = 10 ** Math.floor(Math.log10(min) + 1e-9);
  const exp = Math.floor(Math.log10(max) + 1e-9);
  const base = 10 ** exp;
  // Round to hide float noise (0.1 * 5 = 0.5000000000000001).
  const step = NICE_STEPS.find((s) => s * base >= max * (1 - 1e-12)) ?? 10;
  const high = Number((step * base).toPrecision(12));
  return [Number(low.toPrecision(12)), high > low ? high : low * 10];
}

/** Powers of ten inside the domain, plus its upper end: readable, never crowded. */
export function logTicks([low, high]: readonly [number, number]): number[] {
  const ticks: number[] = [];
  for (let e = Math.round(Math.log10(low)); 10 ** e <= high * (1 + 1e-12); e++) ticks.push(Number((10 ** e).toPrecision(12)));
  if (ticks[ticks.length - 1] !== high) ticks.push(high);
  return ticks;
}

const LINEAR_STEPS = [1, 2, 2.5, 5, 10] as const;

/**
 * A linear axis from 0 with round steps (…, 0.25, 0.5, 1, 2, 2.5, 5, …) and at most about
 * `target` intervals: $0.00, $0.50, $1.00, $1.50 rather than $0.45, $0.90, $1.35.
 */
export function linearAxis(
  values: readonly (number | null | undefined)[],
  target = 5,
): { domain: [number, number]; ticks: number[] } {
  const max = Math.max(0, ...values.filter((v): v is number => typeof v === "number" && Number.isFinite(v)));
  if (max === 0) return { domain: [0, 1], ticks: [0, 1] };
  const raw = max / target;
  const base = 10 ** Math.floor(Math.log10(raw));
  const step = (LINEAR_STEPS.find((s) => s * base >= raw * (1 - 1e-12)) ?? 10) * base;
  const n = Math.ceil(max / step - 1e-9);
  const ticks = Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { domain: [0, ticks[ticks.length - 1]!], ticks };
}
