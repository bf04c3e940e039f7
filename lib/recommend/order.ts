/**
 * Steps 2–4 of the wizard's ranking (rank.ts has the whole rule book): lifecycle groups, the
 * primary priority with the "about equal" bands in which the second priority decides, and the
 * documented tie-break.
 */
import Decimal from "decimal.js";

import { QUALITY_BENCHMARKS } from "./candidates";
import type { Priority, RankedModel } from "./types";

/**
 * "About equal" on a priority. Cost: within 10% of the leader's monthly cost (below the noise of
 * any token estimate). Quality: within 2 points on the same benchmark (GPQA Diamond has 198
 * questions, so 2 points is about 4 questions, inside its sampling error). Speed: within 10%
 * tokens/s (published speed figures move more than that between measurements).
 */
export const BANDS = { costRatio: 0.1, qualityPoints: 2, speedRatio: 0.1 } as const;

/**
 * One step of the selection loop: the model taken, the leader on the primary priority at that
 * step, whether the second priority overruled the leader, and the model it tied with (if the
 * tie-break rule decided).
 */
export type Ordered = {
  model: RankedModel;
  leader: RankedModel;
  viaSecondary: boolean;
  /** Models that competed on the second priority (the leader's band), 1 when none did. */
  bandSize: number;
  tiedWith: RankedModel | null;
};

export const lifecycleGroup = (m: RankedModel) => (m.retiringSoon ? 1 : 0);
export const costOf = (m: RankedModel) => new Decimal(m.cost.perMonth);

export function qualityTier(m: RankedModel): number {
  const q = m.candidate.quality;
  if (!q) return QUALITY_BENCHMARKS.length;
  const i = (QUALITY_BENCHMARKS as readonly string[]).indexOf(q.benchmark);
  return i < 0 ? QUALITY_BENCHMARKS.length : i;
}

/** Negative when a is better than b on priority p; 0 when equal (or equally unknown). */
export function compareOn(p: Priority, a: RankedModel, b: RankedModel): number {
  if (p === "cost") return costOf(a).comparedTo(costOf(b));
  if (p === "quality") {
    const t = qualityTier(a) - qualityTier(b);
    if (t !== 0) return t;
    return (b.candidate.quality?.value ?? 0) - (a.candidate.quality?.value ?? 0);
  }
  const sa = a.candidate.speed?.tokensPerSecond;
  const sb = b.candidate.speed?.tokensPerSecond;
  if (sa === undefined || sb === undefined) return (sa === undefined ? 1 : 0) - (sb === undefined ? 1 : 0);
  return sb - sa;
}

/** Whether m is "about equal" to the leader on p (see BANDS). */
function inBand(p: Priority, m: RankedModel, leader: RankedModel): boolean {
  if (p === "cost") return costOf(m).lte(costOf(leader).mul(1 + BANDS.costRatio));
  if (p === "quality") {
    if (qualityTier(m) !== qualityTier(leader)) return false;
    const lq = leader.candidate.quality;
    const mq = m.candidate.quality;
    return !lq || !mq || lq.value - mq.value <= BANDS.qualityPoints;
  }
  const ls = leader.candidate.speed?.tokensPerSecond;
  const ms = m.candidate.speed?.tokensPerSecond;
  if (ls === undefined || ms === undefined) return ls === ms;
  return ms >= ls * (1 - BANDS.speedRatio);
}

export type TieRule = "lifecycle" | "cost" | "input" | "release" | "id";

/** The documented tie-break: returns the comparison and the rule that decided it. */
export function tieBreak(a: RankedModel, b: RankedModel): { cmp: number; rule: TieRule } {
  const st = (m: RankedModel) => (m.status === "active" ? 0 : 1);
  if (st(a) !== st(b)) return { cmp: st(a) - st(b), rule: "lifecycle" };
  const c = costOf(a).comparedTo(costOf(b));
  if (c !== 0) return { cmp: c, rule: "cost" };
  if (a.inputLimit !== b.inputLimit) return { cmp: b.inputLimit - a.inputLimit, rule: "input" };
  const ra = a.candidate.releaseDate ?? "";
  const rb = b.candidate.releaseDate ?? "";
  if (ra !== rb) return { cmp: ra > rb ? -1 : 1, rule: "release" };
  return { cmp: a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0, rule: "id" };
}

export function bestOf(list: RankedModel[], cmp: (a: RankedModel, b: RankedModel) => number): RankedModel {
  return list.reduce((x, y) => (cmp(y, x) < 0 ? y : x));
}

/** The selection loop of steps 2–4 (see rank.ts). */
export function orderModels(models: readonly RankedModel[], primary: Priority, secondary: Priority | null): Ordered[] {
  const remaining = [...models];
  const out: Ordered[] = [];
  const byPrimary = (a: RankedModel, b: RankedModel) => compareOn(primary, a, b) || tieBreak(a, b).cmp;
  while (remaining.length) {
    const g = Math.min(...remaining.map(lifecycleGroup));
    const pool = remaining.filter((m) => lifecycleGroup(m) === g);
    const leader = bestOf(pool, byPrimary);
    let chosen = leader;
    let viaSecondary = false;
    const band = pool.filter((m) => inBand(primary, m, leader));
    const useSecondary = secondary !== null && secondary !== primary && band.length > 1;
    if (useSecondary) {
      chosen = bestOf(band, (a, b) => compareOn(secondary, a, b) || byPrimary(a, b));
      viaSecondary = chosen !== leader;
    }
    // The tie-break rule decided when another contender is equal on every deciding priority.
    const tie = (useSecondary ? band : pool).find(
      (m) => m !== chosen && compareOn(primary, m, chosen) === 0 && (!useSecondary || compareOn(secondary, m, chosen) === 0),
    );
    out.push({ model: chosen, leader, viaSecondary, bandSize: useSecondary ? band.length : 1, tiedWith: tie ?? null });
    remaining.splice(remaining.indexOf(chosen), 1);
  }
  return out;
}
