/**
 * Quality against price: a benchmark score against a blended price per 1M tokens, and the
 * cost-efficient frontier (the models no other model beats on both price and score). By the
 * headline rule (lib/catalog/headline.ts) the frontier is drawn through models that stay callable
 * past 90 days; a retiring or shut-down point that would be on it is flagged, not crowned.
 */
import { scoresFor, type BenchmarkInfo } from "./benchmarks";
import { pickLabel } from "./labels";
import type { ChartModel, ChartModelLabel, ChartScore, ServiceTier } from "./types";

/** Which points the frontier is computed over: models that stay callable (the default), or every point shown. */
export const FRONTIER_SCOPES = ["lasting", "shown"] as const;
export type FrontierScope = (typeof FRONTIER_SCOPES)[number];

/** Default token mix: 3 input tokens per output token, i.e. 75% input (the common "3:1" blend). */
export const DEFAULT_INPUT_SHARE = 75;
export const INPUT_SHARE_STEP = 5;

/** Prices carry at most 6 decimals of a dollar per 1M tokens; integers keep the blend exact. */
const MICRO = 1_000_000;

/**
 * Price of 1M tokens of which `inputSharePct`% are input and the rest output. Computed on
 * integers and divided once, so 3:1 of $0.40/$1.60 is exactly 0.7, not 0.7000000000000001.
 * null when either price is missing or the share is not a number in 0–100.
 */
export function blendedPrice(input: number | null, output: number | null, inputSharePct: number): number | null {
  if (input === null || output === null || !Number.isFinite(input) || !Number.isFinite(output)) return null;
  if (!Number.isFinite(inputSharePct) || inputSharePct < 0 || inputSharePct > 100) return null;
  const share = Math.round(inputSharePct);
  const numerator = share * Math.round(input * MICRO) + (100 - share) * Math.round(output * MICRO);
  return numerator / (100 * MICRO);
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** 75 → "3:1", 60 → "3:2", 50 → "1:1", 100 → "input only", 0 → "output only". */
export function formatMix(inputSharePct: number): string {
  const i = Math.round(inputSharePct);
  if (i >= 100) return "input only";
  if (i <= 0) return "output only";
  const d = gcd(i, 100 - i);
  return `${i / d}:${(100 - i) / d}`;
}

type XY = { price: number; score: number };

/**
 * The cost-efficient (Pareto) frontier, cheapest first: points for which no other point is at
 * most as expensive and at least as good with one of the two strictly better. Of identical
 * points only the first is kept.
 */
export function paretoFrontier<P extends XY>(points: readonly P[]): P[] {
  const sorted = points
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => Number.isFinite(p.price) && Number.isFinite(p.score))
    .sort((a, b) => a.p.price - b.p.price || b.p.score - a.p.score || a.i - b.i);
  const out: P[] = [];
  let best = -Infinity;
  for (const { p } of sorted) {
    if (p.score > best) {
      out.push(p);
      best = p.score;
    }
  }
  return out;
}

export type QualityPoint = ChartModelLabel & {
  key: string;
  score: number;
  detail: ChartScore;
  reportedBy: ChartScore["reportedBy"];
  price: number;
  input: number;
  output: number;
  onFrontier: boolean;
  /** Left off a lasting-only frontier because it shuts down soon (or has), though no point beats it. */
  wouldBeOnFrontier: boolean;
};

export type QualityChart = {
  benchmark: BenchmarkInfo;
  tier: ServiceTier;
  inputShare: number;
  frontierOver: FrontierScope;
  points: QualityPoint[];
  /** Frontier points, cheapest first (the line is drawn through them in this order). */
  frontier: QualityPoint[];
  /** No published score for the benchmark. */
  noScore: ChartModelLabel[];
  /** A score, but no input or output price on the tier. */
  noPrice: ChartModelLabel[];
};

export function buildQualityChart(
  shown: readonly ChartModel[],
  benchmark: BenchmarkInfo,
  tier: ServiceTier,
  inputShare: number,
  frontierOver: FrontierScope = "lasting",
): QualityChart {
  const points: QualityPoint[] = [];
  const noScore: ChartModelLabel[] = [];
  const noPrice: ChartModelLabel[] = [];
  for (const m of shown) {
    if (m.kind === "snapshot") continue; // scores belong to the model; see models.ts
    const { self, indep } = scoresFor(m, benchmark.slug);
    const scores = [self, indep].filter((s): s is ChartScore => s !== null);
    if (!scores.length) {
      noScore.push(pickLabel(m));
      continue;
    }
    const r = m.tiers[tier];
    const price = r ? blendedPrice(r.input, r.output, inputShare) : null;
    if (!r || price === null || r.input === null || r.output === null) {
      noPrice.push(pickLabel(m));
      continue;
    }
    for (const s of scores) {
      points.push({
        ...pickLabel(m),
        key: `${m.id}:${s.reportedBy}`,
        score: s.value,
        detail: s,
        reportedBy: s.reportedBy,
        price,
        input: r.input,
        output: r.output,
        onFrontier: false,
        wouldBeOnFrontier: false,
      });
    }
  }
  const eligible = frontierOver === "shown" ? points : points.filter((p) => p.standing === "lasting");
  const frontierKeys = new Set(paretoFrontier(eligible).map((p) => p.key));
  const unrestricted = new Set(paretoFrontier(points).map((p) => p.key));
  for (const p of points) {
    p.onFrontier = frontierKeys.has(p.key);
    p.wouldBeOnFrontier = !p.onFrontier && unrestricted.has(p.key);
  }
  points.sort((a, b) => a.price - b.price || b.score - a.score || a.key.localeCompare(b.key, "en"));
  return {
    benchmark,
    tier,
    inputShare,
    frontierOver,
    points,
    frontier: points.filter((p) => p.onFrontier),
    noScore,
    noPrice,
  };
}

/** One label per model: at its best-scoring point (a model's two scores share one price). */
export function labelTargets(points: readonly QualityPoint[]): QualityPoint[] {
  const best = new Map<string, QualityPoint>();
  for (const p of points) {
    const cur = best.get(p.id);
    if (!cur || p.score > cur.score) best.set(p.id, p);
  }
  return points.filter((p) => best.get(p.id) === p);
}
