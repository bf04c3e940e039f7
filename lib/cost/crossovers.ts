/**
 * Where two models' monthly costs cross on the cost-against-volume chart. For a fixed request
 * shape, monthly cost is affine in the varied volume (the fixed part is the rest of the
 * workload), except where a model's long-context surcharge starts (a jump) or its context
 * window ends (the line stops). So two models' costs can cross only where one has the cheaper
 * fixed part and the other the cheaper varying part, or at a surcharge's jump, and both kinds
 * are found exactly per piece, not by sampling.
 */
import { formatNumber } from "@/lib/format";

import type { CalculatorModel } from "./calculator-models";
import { Dec } from "./decimal";
import { costAt, type Domain, type VolumeContext } from "./volume-cost";
import { toWorkload } from "./workload";

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

/** As `toLocaleString("en-US")` wrote it, without building an ICU formatter (lib/format.ts). */
const fmtInt = (n: number) => formatNumber(n, 3);
const fmtRate = (d: Dec) => `$${d.toDecimalPlaces(4).toFixed()}`;

/** Effective USD per 1M tokens of the varied dimension on one piece of a model's cost line. */
function effectiveRate(ctx: VolumeContext, model: CalculatorModel, from: number, to: number): Dec | null {
  const a = costAt(ctx, model, from);
  const b = costAt(ctx, model, to);
  if (a === null || b === null || to === from) return null;
  const perUnit = ctx.inputs.mode === "request" ? ctx.inputs.requestsPerDay : 1;
  if (perUnit === 0) return null;
  return b
    .sub(a)
    .div(to - from)
    .mul(1_000_000)
    .div(ctx.inputs.daysPerMonth)
    .div(perUnit);
}

function pairCrossovers(ctx: VolumeContext, a: CalculatorModel, b: CalculatorModel, da: Domain, db: Domain): Crossover[] {
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
  ctx: VolumeContext,
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
  const rest =
    ctx.axis.noun === "output" ? "input" : toWorkload(ctx.inputs).reasoningTokensPerDay > 0 ? "output and reasoning" : "output";
  const cacheNote = ctx.axis.noun === "input" && ctx.inputs.cachedPercent > 0 ? `, with ${ctx.inputs.cachedPercent}% cached` : "";
  const rates =
    rateAbove && rateBelow ? ` (${fmtRate(rateAbove)} vs ${fmtRate(rateBelow)} per 1M ${ctx.axis.noun} tokens${cacheNote})` : "";
  return `Below ${where}, ${below.id} costs less: the rest of the workload (${rest}) is cheaper on it. Above, ${above.id} costs less: each extra ${ctx.axis.noun} token is cheaper on it${rates}.`;
}

/** Above this many models, list only crossovers that change which model is cheapest. */
const ALL_PAIRS_MAX_MODELS = 5;

/**
 * Every crossing between two plotted models, by volume; with many models shown, only those
 * that change which model is the cheapest of all (envelopeOnly).
 */
export function findCrossovers(
  ctx: VolumeContext,
  plotted: readonly CalculatorModel[],
  domains: ReadonlyMap<string, Domain>,
): { crossovers: Crossover[]; envelopeOnly: boolean } {
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
      const left = cheapestAt(Math.max(ctx.axis.min, c.x - 1));
      const right = cheapestAt(c.x);
      // Just below x one of the two is the cheapest of all, and at x one of them still is (a tie
      // at x may keep the first): the crossing changes the cheapest model.
      return left !== null && right !== null && pair.includes(left) && pair.includes(right);
    });
  }
  // Ties by ID in code-unit order: the same as the default collation for IDs, without ICU.
  crossovers.sort((p, q) => p.x - q.x || (p.cheaperBelow < q.cheaperBelow ? -1 : p.cheaperBelow > q.cheaperBelow ? 1 : 0));
  return { crossovers, envelopeOnly };
}
