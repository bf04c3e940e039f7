/**
 * Cost against volume: the series of the calculator's chart and the volumes where two models'
 * costs cross. One dimension of the workload (input or output tokens) varies over a log range;
 * everything else stays as the user set it.
 *
 * For a fixed request shape, monthly cost is affine in the varied volume (the fixed part is the
 * rest of the workload), except where a model's long-context surcharge starts (a jump) or its
 * context window ends (the line stops). So two models' costs can cross only where one has the
 * cheaper fixed part and the other the cheaper varying part, or at a surcharge's jump, and both
 * kinds are found exactly per piece, not by sampling.
 */
import type { CalculatorModel } from "./calculator-models";
import { Dec } from "./decimal";
import { monthlyCost } from "./price";
import type { ServiceTier } from "./types";
import { LIMITS, toWorkload, type CalculatorInputs } from "./workload";

export const CHART_AXES = ["input", "output"] as const;
export type ChartAxis = (typeof CHART_AXES)[number];

export type AxisInfo = {
  key: "inputPerDay" | "outputPerDay" | "inputPerRequest" | "outputPerRequest";
  min: number;
  max: number;
  /** "input tokens per day" */
  label: string;
  /** "input" or "output" */
  noun: string;
};

/** The varied dimension and its range (the slider's range, without zero: the axis is log). */
export function axisInfo(mode: CalculatorInputs["mode"], axis: ChartAxis): AxisInfo {
  if (mode === "day") {
    const r = LIMITS.tokensPerDay;
    return axis === "input"
      ? { key: "inputPerDay", min: 10 ** r.minExp, max: r.max, label: "input tokens per day", noun: "input" }
      : { key: "outputPerDay", min: 10 ** r.minExp, max: r.max, label: "output tokens per day", noun: "output" };
  }
  return axis === "input"
    ? { key: "inputPerRequest", min: 10 ** LIMITS.inputPerRequest.minExp, max: LIMITS.inputPerRequest.max, label: "input tokens per request", noun: "input" }
    : { key: "outputPerRequest", min: 10 ** LIMITS.outputPerRequest.minExp, max: LIMITS.outputPerRequest.max, label: "output tokens per request", noun: "output" };
}

type Ctx = { inputs: CalculatorInputs; tier: ServiceTier; axis: AxisInfo; cache: Map<string, Dec | null> };

/** Monthly cost of a model at volume x of the varied dimension; null when it cannot be priced. */
function costAt(ctx: Ctx, model: CalculatorModel, x: number): Dec | null {
  const key = `${model.id}@${x}`;
  const hit = ctx.cache.get(key);
  if (hit !== undefined) return hit;
  const r = monthlyCost(model, toWorkload({ ...ctx.inputs, [ctx.axis.key]: x }), ctx.tier);
  const value = r.ok ? new Dec(r.perMonth) : null;
  ctx.cache.set(key, value);
  return value;
}

type Domain = {
  /** Largest volume the model can take within the axis range; null when none. */
  end: number | null;
  /** Volumes where a new affine piece starts (the first volume billed with the surcharge). */
  jumps: number[];
};

function domainOf(ctx: Ctx, model: CalculatorModel): Domain {
  const { min, max } = ctx.axis;
  if (costAt(ctx, model, min) === null) return { end: null, jumps: [] };
  let end = max;
  if (costAt(ctx, model, max) === null) {
    // Being priced is monotone in volume (a bigger request only ever exceeds more limits).
    let lo = min;
    let hi = max;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (costAt(ctx, model, mid) === null) hi = mid;
      else lo = mid;
    }
    end = lo;
  }
  const jumps: number[] = [];
  const lc = model.longContext;
  if (lc && ctx.inputs.mode === "request" && ctx.axis.key === "inputPerRequest") {
    const first = lc.thresholdTokens + 1;
    if (first > min && first <= end) jumps.push(first);
  }
  return { end, jumps };
}

export type Crossover = {
  /** The first whole volume (of the varied dimension) at which the other model is the cheaper. */
  x: number;
  cheaperBelow: string;
  cheaperAbove: string;
  /** Monthly cost of the model cheaper above, at x (on a slope, the two are equal there up to a token's worth). */
  perMonth: string;
  /** Monthly cost of the model cheaper below, at x (differs from perMonth at a jump). */
  perMonthBelow: string;
  kind: "slope" | "jump";
  /** Why the order changes, in words. */
  explanation: string;
};

function sign(d: Dec): number {
  return d.isZero() ? 0 : d.isNeg() ? -1 : 1;
}

const fmtInt = (n: number) => n.toLocaleString("en-US");
const fmtRate = (d: Dec) => `$${d.toDecimalPlaces(4).toFixed()}`;

/** Effective USD per 1M tokens of the varied dimension on one piece of a model's cost line. */
function effectiveRate(ctx: Ctx, model: CalculatorModel, from: number, to: number): Dec | null {
  const a = costAt(ctx, model, from);
  const b = costAt(ctx, model, to);
  if (a === null || b === null || to === from) return null;
  const perUnit = ctx.inputs.mode === "request" ? ctx.inputs.requestsPerDay : 1;
  if (perUnit === 0) return null;
  return b.sub(a).div(to - from).mul(1_000_000).div(ctx.inputs.daysPerMonth).div(perUnit);
}

function pairCrossovers(ctx: Ctx, a: CalculatorModel, b: CalculatorModel, da: Domain, db: Domain): Crossover[] {
  if (da.end === null || db.end === null) return [];
  const lo = ctx.axis.min;
  const hi = Math.min(da.end, db.end);
  const starts = [lo, ...new Set([...da.jumps, ...db.jumps].filter((j) => j > lo && j <= hi))].sort((x, y) => x - y);
  // Each piece [start, next start − 1] is affine for both models: its ends decide its sign.
  const points: { x: number; piece: number; d: Dec }[] = [];
  starts.forEach((s, i) => {
    const e = i + 1 < starts.length ? starts[i + 1]! - 1 : hi;
    for (const x of s === e ? [s] : [s, e]) points.push({ x, piece: i, d: costAt(ctx, a, x)!.sub(costAt(ctx, b, x)!) });
  });

  const out: Crossover[] = [];
  let prev: (typeof points)[number] | null = null;
  let zeroAt: number | null = null;
  for (const p of points) {
    const s = sign(p.d);
    if (s === 0) {
      zeroAt ??= p.x;
      continue;
    }
    if (prev && s !== sign(prev.d)) {
      const below = sign(prev.d) < 0 ? a : b;
      const above = below === a ? b : a;
      let x: number;
      let kind: Crossover["kind"];
      if (zeroAt !== null) {
        x = zeroAt;
        kind = prev.piece === p.piece ? "slope" : "jump";
      } else if (prev.piece === p.piece) {
        // d is affine on the piece: the first whole token at or past its root.
        const root = new Dec(prev.x).add(prev.d.mul(p.x - prev.x).div(prev.d.sub(p.d)));
        x = Math.min(p.x, Math.max(prev.x + 1, root.ceil().toNumber()));
        kind = "slope";
      } else {
        x = p.x;
        kind = "jump";
      }
      out.push({
        x,
        cheaperBelow: below.id,
        cheaperAbove: above.id,
        perMonth: costAt(ctx, above, x)!.toFixed(),
        perMonthBelow: costAt(ctx, below, x)!.toFixed(),
        kind,
        explanation: explain(ctx, kind, x, below, above, prev.x, p.x),
      });
    }
    prev = p;
    zeroAt = null;
  }
  return out;
}

function explain(
  ctx: Ctx,
  kind: Crossover["kind"],
  x: number,
  below: CalculatorModel,
  above: CalculatorModel,
  /** Two volumes on the same affine piece around x (for the effective rates). */
  pieceFrom: number,
  pieceTo: number,
): string {
  const where = `${fmtInt(x)} ${ctx.axis.label}`;
  if (kind === "jump") {
    const jumpers = [below, above].filter((m) => m.longContext && m.longContext.thresholdTokens + 1 === x);
    const lc = jumpers[0]?.longContext;
    const who = jumpers.map((m) => m.id).join(" and ");
    return lc
      ? `At ${where}, the long-context surcharge of ${who} starts (${lc.inputMultiplier}× input, ${lc.outputMultiplier}× output for the whole request), so ${above.id} becomes the cheaper of the two.`
      : `At ${where}, ${above.id} becomes the cheaper of the two.`;
  }
  const rateAbove = effectiveRate(ctx, above, pieceFrom, pieceTo);
  const rateBelow = effectiveRate(ctx, below, pieceFrom, pieceTo);
  const rest = ctx.axis.noun === "output" ? "input" : toWorkload(ctx.inputs).reasoningTokensPerDay > 0 ? "output and reasoning" : "output";
  const cacheNote = ctx.axis.noun === "input" && ctx.inputs.cachedPercent > 0 ? `, with ${ctx.inputs.cachedPercent}% cached` : "";
  const rates =
    rateAbove && rateBelow ? ` (${fmtRate(rateAbove)} vs ${fmtRate(rateBelow)} per 1M ${ctx.axis.noun} tokens${cacheNote})` : "";
  return `Below ${where}, ${below.id} costs less: the rest of the workload (${rest}) is cheaper on it. Above, ${above.id} costs less: each extra ${ctx.axis.noun} token is cheaper on it${rates}.`;
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

/** Above this many models, list only crossovers that change which model is cheapest. */
export const ALL_PAIRS_MAX_MODELS = 5;
const POINTS_PER_DECADE = 8;

/**
 * A model's cost line as affine pieces, from the exact costs at each piece's ends. Plot points
 * are interpolated on it (a float is plenty for a pixel); money shown as text stays exact.
 */
function lineOf(ctx: Ctx, model: CalculatorModel, d: Domain) {
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

export function costChart(models: readonly CalculatorModel[], inputs: CalculatorInputs, tier: ServiceTier, axisName: ChartAxis): ChartData {
  const axis = axisInfo(inputs.mode, axisName);
  const ctx: Ctx = { inputs, tier, axis, cache: new Map() };
  const domains = new Map(models.map((m) => [m.id, domainOf(ctx, m)]));
  const plotted = models.filter((m) => domains.get(m.id)!.end !== null);
  const envelopeOnly = plotted.length > ALL_PAIRS_MAX_MODELS;

  let crossovers: Crossover[] = [];
  for (let i = 0; i < plotted.length; i++) {
    for (let j = i + 1; j < plotted.length; j++) {
      const a = plotted[i]!;
      const b = plotted[j]!;
      crossovers.push(...pairCrossovers(ctx, a, b, domains.get(a.id)!, domains.get(b.id)!));
    }
  }
  if (envelopeOnly) {
    const cheapestAt = (x: number): string | null => {
      let best: { id: string; cost: Dec } | null = null;
      for (const m of plotted) {
        const c = x <= domains.get(m.id)!.end! ? costAt(ctx, m, x) : null;
        if (c !== null && (best === null || c.lt(best.cost))) best = { id: m.id, cost: c };
      }
      return best?.id ?? null;
    };
    crossovers = crossovers.filter((c) => {
      const pair = [c.cheaperBelow, c.cheaperAbove];
      const left = cheapestAt(Math.max(axis.min, c.x - 1));
      const right = cheapestAt(c.x);
      // Just below x one of the two is the cheapest of all, and at x one of them still is (a tie
      // at x may keep the first): the crossing changes the cheapest model.
      return left !== null && right !== null && pair.includes(left) && pair.includes(right);
    });
  }
  crossovers.sort((p, q) => p.x - q.x || p.cheaperBelow.localeCompare(q.cheaperBelow));

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
  const ctx: Ctx = { inputs, tier, axis: axisInfo(inputs.mode, axisName), cache: new Map() };
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
