/**
 * Cost against volume: the series of the calculator's chart. One dimension of the workload
 * (input or output tokens) varies over a log range; everything else stays as the user set it.
 * Each model's line is drawn from its exact costs (volume-cost.ts), broken where a surcharge
 * jumps and ended where its context window ends; the volumes where two lines cross come from
 * crossovers.ts.
 */
import type { CalculatorModel } from "./calculator-models";
import { findCrossovers, type Crossover } from "./crossovers";
import type { ServiceTier } from "./types";
import { costAt, domainOf, type AxisInfo, type Domain, type VolumeContext } from "./volume-cost";
import { LIMITS, type CalculatorInputs } from "./workload";

export const CHART_AXES = ["input", "output"] as const;
export type ChartAxis = (typeof CHART_AXES)[number];

/** The varied dimension and its range (the slider's range, without zero: the axis is log). */
export function axisInfo(mode: CalculatorInputs["mode"], axis: ChartAxis): AxisInfo {
  if (mode === "day") {
    const r = LIMITS.tokensPerDay;
    return axis === "input"
      ? { key: "inputPerDay", min: 10 ** r.minExp, max: r.max, label: "input tokens per day", noun: "input" }
      : { key: "outputPerDay", min: 10 ** r.minExp, max: r.max, label: "output tokens per day", noun: "output" };
  }
  return axis === "input"
    ? {
        key: "inputPerRequest",
        min: 10 ** LIMITS.inputPerRequest.minExp,
        max: LIMITS.inputPerRequest.max,
        label: "input tokens per request",
        noun: "input",
      }
    : {
        key: "outputPerRequest",
        min: 10 ** LIMITS.outputPerRequest.minExp,
        max: LIMITS.outputPerRequest.max,
        label: "output tokens per request",
        noun: "output",
      };
}

export type ChartData = {
  axis: AxisInfo;
  /** One point per volume; costs are plot positions (numbers): read exact money with exactCostsAt. */
  points: { x: number; costs: Record<string, number | null> }[];
  /** Models with a line (priced somewhere in the range). */
  plotted: string[];
  /** Where each model's line ends early (its context or output limit), by model ID. */
  ends: Record<string, number>;
  crossovers: Crossover[];
  /** True when only crossovers that change the cheapest model are listed (many models shown). */
  envelopeOnly: boolean;
};

const POINTS_PER_DECADE = 8;

/**
 * A model's cost line as affine pieces, from the exact costs at each piece's ends. Plot points
 * are interpolated on it (a float is plenty for a pixel); money shown as text stays exact.
 */
function lineOf(ctx: VolumeContext, model: CalculatorModel, d: Domain) {
  if (d.end === null) return () => null;
  const starts = [ctx.axis.min, ...d.jumps];
  const pieces = starts.map((from, i) => {
    const to = i + 1 < starts.length ? starts[i + 1]! - 1 : d.end!;
    const a = costAt(ctx, model, from)!.toNumber();
    const b = costAt(ctx, model, to)!.toNumber();
    return { from, to, a, slope: to === from ? 0 : (b - a) / (to - from) };
  });
  return (x: number): number | null => {
    if (x < ctx.axis.min || x > d.end!) return null;
    const p = pieces.findLast((q) => q.from <= x)!;
    return p.a + p.slope * (x - p.from);
  };
}

export function costChart(
  models: readonly CalculatorModel[],
  inputs: CalculatorInputs,
  tier: ServiceTier,
  axisName: ChartAxis,
): ChartData {
  const axis = axisInfo(inputs.mode, axisName);
  const ctx: VolumeContext = { inputs, tier, axis, cache: new Map() };
  const domains = new Map(models.map((m) => [m.id, domainOf(ctx, m)]));
  const plotted = models.filter((m) => domains.get(m.id)!.end !== null);
  const { crossovers, envelopeOnly } = findCrossovers(ctx, plotted, domains);

  const xs = new Set<number>();
  const decades = Math.log10(axis.max / axis.min);
  const steps = Math.round(decades * POINTS_PER_DECADE);
  for (let k = 0; k <= steps; k++) xs.add(Math.round(axis.min * 10 ** ((k / steps) * decades)));
  const ends: Record<string, number> = {};
  for (const m of plotted) {
    const d = domains.get(m.id)!;
    if (d.end! < axis.max) {
      ends[m.id] = d.end!;
      xs.add(d.end!);
    }
    for (const j of d.jumps) {
      xs.add(j - 1);
      xs.add(j);
    }
  }
  for (const c of crossovers) xs.add(c.x);

  const lines = new Map(plotted.map((m) => [m.id, lineOf(ctx, m, domains.get(m.id)!)]));
  const points = [...xs]
    .filter((x) => x >= axis.min && x <= axis.max)
    .sort((p, q) => p - q)
    .map((x) => {
      const costs: Record<string, number | null> = {};
      for (const m of plotted) {
        const c = lines.get(m.id)!(x);
        // A log axis cannot show zero; a zero cost has no point on it.
        costs[m.id] = c !== null && Number.isFinite(c) && c > 0 ? c : null;
      }
      return { x, costs };
    });

  return { axis, points, plotted: plotted.map((m) => m.id), ends, crossovers, envelopeOnly };
}

/** Exact monthly cost of each model at one volume of the chart's axis (for the tooltip). */
export function exactCostsAt(
  models: readonly CalculatorModel[],
  inputs: CalculatorInputs,
  tier: ServiceTier,
  axisName: ChartAxis,
  x: number,
): Record<string, string | null> {
  const ctx: VolumeContext = { inputs, tier, axis: axisInfo(inputs.mode, axisName), cache: new Map() };
  return Object.fromEntries(models.map((m) => [m.id, costAt(ctx, m, x)?.toFixed() ?? null]));
}

/** A log axis covering the values, from decade to decade, with a tick at each decade. */
export function logAxis(values: readonly (number | null | undefined)[]): { domain: [number, number]; ticks: number[] } {
  const positive = values.filter((v): v is number => typeof v === "number" && Number.isFinite(v) && v > 0);
  if (!positive.length) return { domain: [1, 10], ticks: [1, 10] };
  const lo = Math.floor(Math.log10(Math.min(...positive)));
  let hi = Math.ceil(Math.log10(Math.max(...positive)));
  if (hi === lo) hi += 1;
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e++) ticks.push(Number(`1e${e}`));
  return { domain: [ticks[0]!, ticks.at(-1)!], ticks };
}

/** Line ends grouped by volume, smallest first: "gpt-4o and gpt-4o-mini end at 127,000". */
export function groupEnds(ends: Record<string, number>): { x: number; ids: string[] }[] {
  const by = new Map<number, string[]>();
  for (const [id, x] of Object.entries(ends)) by.set(x, [...(by.get(x) ?? []), id]);
  return [...by.entries()].sort((a, b) => a[0] - b[0]).map(([x, ids]) => ({ x, ids: ids.sort() }));
}
