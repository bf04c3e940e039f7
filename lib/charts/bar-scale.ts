/**
 * Where a value sits along a horizontal bar chart's value axis, as a fraction of the plot's
 * width (0 = the axis start, 1 = its end). The bar charts are drawn in HTML and CSS with
 * percentage widths, so they need no measured pixel width: the server draws them and they
 * stay right at any screen width.
 */
import { linearAxis, logDomain, logTicks, type Scale } from "./axis";

export type BarScale = {
  kind: Scale;
  /** The axis's ends. */
  domain: [number, number];
  /** Values that get a grid line and a tick label. */
  ticks: number[];
  /** 0–1 along the plot; values outside the domain are clamped, unusable ones are 0. */
  at: (value: number) => number;
};

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** A percentage score: always 0–100 %, so two benchmarks' bars compare at a glance. */
export function percentScale(): BarScale {
  return { kind: "linear", domain: [0, 100], ticks: [0, 25, 50, 75, 100], at: (v) => clamp01(v / 100) };
}

/** From 0 to a round step at or above the largest value (lib/charts/axis.ts). */
export function linearScale(values: readonly (number | null | undefined)[]): BarScale {
  const { domain, ticks } = linearAxis(values);
  return { kind: "linear", domain, ticks, at: (v) => clamp01(v / domain[1]) };
}

/** Powers of ten: a $0.05 price and a $60 one both stay readable. */
export function logScale(values: readonly (number | null | undefined)[]): BarScale {
  const domain = logDomain(values);
  const [lo, hi] = domain.map(Math.log10) as [number, number];
  return {
    kind: "log",
    domain,
    ticks: logTicks(domain),
    at: (v) => (v > 0 ? clamp01((Math.log10(v) - lo) / (hi - lo)) : 0),
  };
}

export function barScale(scale: Scale, values: readonly (number | null | undefined)[]): BarScale {
  return scale === "log" ? logScale(values) : linearScale(values);
}
