/**
 * The wizard's ranking: answers + candidates + today → a ranked shortlist with reasons.
 * Pure and deterministic: the same inputs give the same list, on the server and in the browser.
 *
 * 1. Eligibility (hard rules; every other model is listed as ruled out, with each reason):
 *    - small models only: a "full-size" reference row is not a small model;
 *    - callable today (lifecycle.ts `isCallable`): shut-down models are never recommended, and a
 *      model whose status is unknown is excluded because we cannot say it still answers;
 *    - the largest input fits: maxInput when published, else the context window (unknown → out);
 *    - image input, when the user has images (unknown → out);
 *    - audio input, when needed AND some callable small model takes audio. When none does, the
 *      result says so plainly and ranks for transcribed text instead of returning nothing;
 *    - a Standard-tier price, so the workload can be priced.
 * 2. Lifecycle groups: models that shut down within RETIRING_SOON_DAYS (90) rank after EVERY
 *    eligible model that does not. This is stronger than "below equal active ones" on purpose:
 *    the wizard picks a model for new work, and one that stops answering within three months
 *    forces a second migration, whatever it saves. They stay on the list, with a warning, when
 *    fewer than three longer-lived models fit.
 * 3. Within a group, repeatedly take the best remaining model on the primary priority
 *    (cost: lowest monthly cost for the workload, Standard tier; quality: the QualitySignal of
 *    candidates.ts, higher first, a GPQA Diamond score before an MMLU-only one before unknown;
 *    speed: measured output tokens/s, higher first, unknown last). If a second priority is set,
 *    every remaining model "about equal" to that leader on the primary (BANDS below) competes,
 *    and the best of them on the second priority is taken instead.
 * 4. Ties (equal on the deciding priorities, e.g. two models with unknown quality) are broken by,
 *    in order: active before deprecated; lower monthly cost; larger input limit; newer release;
 *    model ID alphabetically. The last rule makes the order total, so it never depends on input order.
 */
import Decimal from "decimal.js";
import { daysUntilShutdown, effectiveStatus, isCallable, isRetiringSoon } from "@/lib/catalog/lifecycle";
import { monthlyCost } from "@/lib/cost/price";
import { formatCount, formatDate, formatNumber, formatTokens, formatTokensShort, formatUsd } from "@/lib/format";
import { QUALITY_BENCHMARKS } from "./candidates";
import { qualityLabel, speedLabel } from "./labels";
import type { StepFacts } from "./step-facts";
import type {
  Candidate,
  ExclusionCode,
  LifecycleWarning,
  Pick,
  Priority,
  RankedModel,
  Recommendation,
  RuledOut,
  WizardAnswers,
} from "./types";

export const SHORTLIST_SIZE = 3;

/**
 * "About equal" on a priority. Cost: within 10% of the leader's monthly cost (below the noise of
 * any token estimate). Quality: within 2 points on the same benchmark (GPQA Diamond has 198
 * questions, so 2 points is about 4 questions, inside its sampling error). Speed: within 10%
 * tokens/s (published speed figures move more than that between measurements).
 */
export const BANDS = { costRatio: 0.1, qualityPoints: 2, speedRatio: 0.1 } as const;

/** Input limits closer than this are not worth a "gives up" line (922K vs 1.05M is; 1,047,576 vs 1,050,000 is not). */
const MEANINGFUL_INPUT_RATIO = 1.1;

export const PRIORITY_LABEL: Record<Priority, string> = { quality: "quality", speed: "speed", cost: "cost" };

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

// ---------- eligibility ----------

function takesModality(c: Candidate, m: "image" | "audio"): boolean | null {
  return c.inputModalities === null ? null : c.inputModalities.includes(m);
}

function inputLimitOf(c: Candidate): number | null {
  return c.maxInput ?? c.contextWindow;
}

/** Whether any callable small model takes audio input (if none, audio is not a filter). */
export function audioAvailable(candidates: readonly Candidate[], today: string): boolean {
  return candidates.some((c) => c.size === "small" && isCallable(c.lifecycle, today) && takesModality(c, "audio") === true);
}

export function exclusionReasons(c: Candidate, answers: WizardAnswers, today: string, audioFilter: boolean) {
  const reasons: { code: ExclusionCode; text: string }[] = [];
  const add = (code: ExclusionCode, text: string) => reasons.push({ code, text });
  const status = effectiveStatus(c.lifecycle, today);

  if (c.size === "full-size") add("full-size", "full-size reference, not a small model");
  if (status === "shutdown") {
    add("shutdown", `shut down${c.lifecycle.shutdownDate ? ` on ${formatDate(c.lifecycle.shutdownDate)}` : ""}: calls to it fail`);
  } else if (status === "unknown") {
    add("status-unknown", "lifecycle status unknown: we cannot confirm it still answers");
  }
  const limit = inputLimitOf(c);
  if (limit === null) add("context-unknown", "context window not published: cannot confirm your largest input fits");
  else if (limit < answers.largestInputTokens) {
    add(
      "context-too-small",
      `takes at most ${formatTokens(limit)} input tokens; your largest input is ${formatTokens(answers.largestInputTokens)}`,
    );
  }
  if (answers.images) {
    const img = takesModality(c, "image");
    if (img === null) add("image-input-unknown", "image input not published");
    else if (!img) add("no-image-input", "does not take image input");
  }
  if (answers.audio && audioFilter) {
    const aud = takesModality(c, "audio");
    if (aud !== true) add("no-audio-input", aud === null ? "audio input not published" : "does not take audio input");
  }
  return reasons;
}

// ---------- ordering ----------

const group = (m: RankedModel) => (m.retiringSoon ? 1 : 0);
const costOf = (m: RankedModel) => new Decimal(m.cost.perMonth);

function qualityTier(m: RankedModel): number {
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
export function inBand(p: Priority, m: RankedModel, leader: RankedModel): boolean {
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

type TieRule = "lifecycle" | "cost" | "input" | "release" | "id";

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

function best(list: RankedModel[], cmp: (a: RankedModel, b: RankedModel) => number): RankedModel {
  return list.reduce((x, y) => (cmp(y, x) < 0 ? y : x));
}

/** The selection loop of steps 2–4 above. */
export function orderModels(models: readonly RankedModel[], primary: Priority, secondary: Priority | null): Ordered[] {
  const remaining = [...models];
  const out: Ordered[] = [];
  const byPrimary = (a: RankedModel, b: RankedModel) => compareOn(primary, a, b) || tieBreak(a, b).cmp;
  while (remaining.length) {
    const g = Math.min(...remaining.map(group));
    const pool = remaining.filter((m) => group(m) === g);
    const leader = best(pool, byPrimary);
    let chosen = leader;
    let viaSecondary = false;
    const band = pool.filter((m) => inBand(primary, m, leader));
    const useSecondary = secondary !== null && secondary !== primary && band.length > 1;
    if (useSecondary) {
      chosen = best(band, (a, b) => compareOn(secondary, a, b) || byPrimary(a, b));
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

// ---------- wording ----------

const monthly = (m: RankedModel) => `${formatUsd(m.cost.perMonth)}/month`;

function valueLabel(p: Priority, m: RankedModel): string {
  return p === "cost" ? monthly(m) : p === "quality" ? qualityLabel(m) : speedLabel(m);
}

function known(p: Priority, m: RankedModel): boolean {
  return p === "cost" || (p === "quality" ? m.candidate.quality !== null : m.candidate.speed !== null);
}

function requirementPhrase(a: WizardAnswers): string {
  const fits = `fits your largest input (${formatTokensShort(a.largestInputTokens)} tokens)`;
  return a.images ? `takes images and ${fits}` : fits;
}

const SUPERLATIVE: Record<Priority, string> = {
  cost: "Cheapest",
  quality: "Highest quality signal of any",
  speed: "Fastest measured",
};
const NEXT: Record<Priority, string> = { cost: "Next cheapest", quality: "Next-highest quality signal", speed: "Next-fastest measured" };
const BETTER: Record<Priority, string> = { cost: "cheaper", quality: "better on quality", speed: "faster" };
const EQUAL: Record<Priority, string> = { cost: "cheap", quality: "good on quality", speed: "fast" };
const BAND_TEXT: Record<Priority, string> = {
  cost: `within ${BANDS.costRatio * 100}%`,
  quality: `within ${BANDS.qualityPoints} points`,
  speed: `within ${BANDS.speedRatio * 100}%`,
};

function tieRuleText(rule: TieRule, a: RankedModel, b: RankedModel): string {
  switch (rule) {
    case "lifecycle":
      return `it is active and ${b.candidate.id} is deprecated`;
    case "cost":
      return `it costs less for your workload (${monthly(a)} vs ${monthly(b)})`;
    case "input":
      return `it takes larger inputs (${formatTokensShort(a.inputLimit)} vs ${formatTokensShort(b.inputLimit)} tokens)`;
    case "release":
      return `it is newer (released ${formatDate(a.candidate.releaseDate)})`;
    case "id":
      return "its model ID sorts first";
  }
}

function whyText(o: Ordered, index: number, ordered: Ordered[], a: WizardAnswers): string {
  const m = o.model;
  const p = a.primary;
  const s2 = a.secondary && a.secondary !== p ? a.secondary : null;
  const lifeWord = m.status === "active" ? "active" : "deprecated";
  const parts: string[] = [];
  if (group(m) === 1) {
    parts.push(
      ordered.some((x) => group(x.model) === 0)
        ? "Shuts down within 90 days, so it ranks after every longer-lived model that fits."
        : "No model that fits your answers is safe for more than 90 days; this one still answers, for now.",
    );
  }
  const earlier = ordered.slice(0, index).filter((x) => group(x.model) === group(m)).map((x) => x.model);
  const overtook = earlier.filter((x) => compareOn(p, m, x) < 0);
  if (o.viaSecondary && s2) {
    const l = o.leader;
    parts.push(
      `About as ${EQUAL[p]} as ${l.candidate.id} (${valueLabel(p, m)} vs ${valueLabel(p, l)}, ${BAND_TEXT[p]}) and ` +
        `${BETTER[s2]}, your second priority: ${valueLabel(s2, m)} vs ${valueLabel(s2, l)}.`,
    );
  } else if (!known(p, m)) {
    const alike = group(m) === 0 ? "every remaining model that fits and is not retiring within 90 days" : "every remaining model that fits";
    let text = `${p === "quality" ? "Quality unknown: no GPQA Diamond or MMLU score in the catalog" : "Speed not measured in the catalog"}, as for ${alike}`;
    if (s2 && o.bandSize > 1 && !o.tiedWith) text += `; of those it is the ${s2 === "cost" ? "cheapest" : s2 === "speed" ? "fastest measured" : "best on quality"}, your second priority (${valueLabel(s2, m)})`;
    parts.push(`${text}.`);
  } else {
    const passed = earlier.filter((x) => !overtook.includes(x));
    const head = passed.length
      ? `${NEXT[p]} after ${passed.map((x) => x.candidate.id).join(" and ")}: ${valueLabel(p, m)}.`
      : `${SUPERLATIVE[p]} ${lifeWord} small model that ${requirementPhrase(a)}: ${valueLabel(p, m)}.`;
    parts.push(head);
    if (overtook.length && s2) {
      parts.push(
        `${overtook.map((x) => x.candidate.id).join(" and ")} ${overtook.length === 1 ? "ranks" : "rank"} above it: about as ${EQUAL[p]} and ${BETTER[s2]}, your second priority.`,
      );
    }
  }
  if (o.tiedWith) {
    const on = s2 ? `${PRIORITY_LABEL[p]} and ${PRIORITY_LABEL[s2]}` : PRIORITY_LABEL[p];
    const bothUnknown = !known(p, m) && !known(p, o.tiedWith) ? " (both unknown)" : "";
    const t = tieBreak(m, o.tiedWith);
    parts.push(
      `It ties with ${o.tiedWith.candidate.id} on ${on}${bothUnknown}; the tie-break rule puts it first because ${tieRuleText(t.rule, m, o.tiedWith)}.`,
    );
  }
  // Say so when a retiring model would have won: the user should know what the rule cost them.
  if (index === 0 && group(m) === 0) {
    const retiringBetter = ordered.filter((x) => group(x.model) === 1 && known(p, x.model) && compareOn(p, x.model, m) < 0);
    const top = retiringBetter[0]?.model;
    if (top?.candidate.lifecycle.shutdownDate) {
      parts.push(
        `${top.candidate.id} would be ${BETTER[p]} (${valueLabel(p, top)}) but shuts down on ${formatDate(top.candidate.lifecycle.shutdownDate)}.`,
      );
    }
  }
  return parts.join(" ");
}

function givesUpText(m: RankedModel, others: RankedModel[]): string[] {
  const out: string[] = [];
  if (others.length) {
    const cheapest = best(others, (x, y) => compareOn("cost", x, y));
    if (costOf(cheapest).lt(costOf(m))) {
      out.push(
        `Costs ${formatUsd(costOf(m).sub(costOf(cheapest)).toFixed())} a month more than ${cheapest.candidate.id} (${monthly(m)} vs ${monthly(cheapest)}).`,
      );
    }
    const bestQ = best(others, (x, y) => compareOn("quality", x, y));
    const mq = m.candidate.quality;
    const oq = bestQ.candidate.quality;
    if (oq && !mq) out.push(`Quality unknown, while ${bestQ.candidate.id} has ${qualityLabel(bestQ)}.`);
    else if (oq && mq && oq.benchmark === mq.benchmark && oq.value - mq.value > BANDS.qualityPoints) {
      out.push(`Lower ${mq.benchmark}: ${formatNumber(mq.value)}% vs ${formatNumber(oq.value)}% for ${bestQ.candidate.id}.`);
    } else if (oq && mq && oq.benchmark !== mq.benchmark && qualityTier(bestQ) < qualityTier(m)) {
      out.push(`Its quality figure (${mq.benchmark}) cannot be compared with ${bestQ.candidate.id}'s ${qualityLabel(bestQ)}.`);
    }
    const fastest = best(others, (x, y) => compareOn("speed", x, y));
    const ms = m.candidate.speed?.tokensPerSecond;
    const fs = fastest.candidate.speed?.tokensPerSecond;
    if (fs !== undefined && ms === undefined) out.push(`Speed not measured, while ${fastest.candidate.id} runs at ${speedLabel(fastest)}.`);
    else if (fs !== undefined && ms !== undefined && ms < fs * (1 - BANDS.speedRatio)) {
      out.push(`Slower: ${speedLabel(m)} vs ${speedLabel(fastest)} for ${fastest.candidate.id}.`);
    }
    const roomiest = best(others, (x, y) => y.inputLimit - x.inputLimit);
    if (roomiest.inputLimit >= m.inputLimit * MEANINGFUL_INPUT_RATIO) {
      out.push(`Smaller input limit: ${formatTokens(m.inputLimit)} vs ${formatTokens(roomiest.inputLimit)} tokens for ${roomiest.candidate.id}.`);
    }
  }
  if (m.retiringSoon && m.candidate.lifecycle.shutdownDate) {
    out.push(`Shuts down on ${formatDate(m.candidate.lifecycle.shutdownDate)} (in ${formatCount(m.daysToShutdown ?? 0, "day")}): you would migrate again.`);
  }
  if (!out.length) out.push("Nothing on cost, quality, speed, input size or lifecycle against the other picks.");
  return out;
}

function whenOtherText(m: RankedModel, ranked: RankedModel[], a: WizardAnswers): string[] {
  const out: string[] = [];
  for (const c of ["quality", "speed", "cost"] as const) {
    if (c === a.primary) continue;
    const top = orderModels(ranked, c, null)[0]?.model;
    if (!top) continue;
    if (!known(c, top)) {
      const knownOnes = ranked.filter((x) => known(c, x));
      const alt = knownOnes.length ? best(knownOnes, (x, y) => compareOn(c, x, y) || tieBreak(x, y).cmp) : null;
      const none = `no ${top.status === "active" ? "active " : ""}model that fits has a published ${c === "quality" ? "quality score" : "speed"}`;
      const retires = alt?.retiringSoon && alt.candidate.lifecycle.shutdownDate ? `, but it shuts down on ${formatDate(alt.candidate.lifecycle.shutdownDate)}` : "";
      out.push(
        !alt
          ? `If ${c} matters more than ${a.primary}: ${none}, so ${c} cannot change the pick. Test with your data (the script below).`
          : alt === m
            ? `If ${c} matters more than ${a.primary}: ${none}; this one has (${valueLabel(c, m)})${retires}.`
            : `If ${c} matters more than ${a.primary}: ${none}; ${alt.candidate.id} has one (${valueLabel(c, alt)})${retires}.`,
      );
    } else if (top.candidate.id === m.candidate.id) {
      out.push(`It also comes first if ${c} matters most (${valueLabel(c, m)}).`);
    } else {
      out.push(`If ${c} matters more than ${a.primary}, take ${top.candidate.id} (${valueLabel(c, top)}).`);
    }
  }
  const roomier = ranked.filter((x) => x.inputLimit > m.inputLimit && group(x) <= group(m));
  if (roomier.length) {
    const alt = orderModels(roomier, a.primary, a.secondary)[0]!.model;
    out.push(`If your inputs grow past ${formatTokens(m.inputLimit)} tokens, take ${alt.candidate.id} (up to ${formatTokens(alt.inputLimit)}).`);
  }
  if (m.retiringSoon && m.candidate.lifecycle.shutdownDate) {
    const lasting = ranked.find((x) => group(x) === 0);
    if (lasting) out.push(`If you need it after ${formatDate(m.candidate.lifecycle.shutdownDate)}, take ${lasting.candidate.id}.`);
  }
  return out;
}

function warningsFor(m: RankedModel): LifecycleWarning[] {
  if (m.status !== "deprecated") return [];
  const date = m.candidate.lifecycle.shutdownDate;
  if (!date) return [{ tone: "info", text: "Deprecated: no shutdown date published yet." }];
  if (m.retiringSoon) {
    return [{ tone: "warn", text: `Retiring: shuts down on ${formatDate(date)}, in ${formatCount(m.daysToShutdown ?? 0, "day")}. Calls fail after that.` }];
  }
  return [{ tone: "info", text: `Deprecated: shuts down on ${formatDate(date)} (in ${formatCount(m.daysToShutdown ?? 0, "day")}).` }];
}

// ---------- the entry point ----------

export function recommend(answers: WizardAnswers, candidates: readonly Candidate[], today: string): Recommendation {
  const audioFilter = answers.audio && audioAvailable(candidates, today);
  const eligible: RankedModel[] = [];
  const ruledOut: RuledOut[] = [];
  for (const c of candidates) {
    if (c.kind === "snapshot") continue;
    const reasons = exclusionReasons(c, answers, today, audioFilter);
    const status = effectiveStatus(c.lifecycle, today);
    const cost = reasons.length ? null : monthlyCost(c.priced, answers.workload, "standard");
    if (cost && !cost.ok) reasons.push({ code: "no-price", text: cost.message });
    if (reasons.length || !cost || !cost.ok) {
      ruledOut.push({ id: c.id, displayName: c.displayName, status, reasons });
      continue;
    }
    eligible.push({
      candidate: c,
      status,
      daysToShutdown: daysUntilShutdown(c.lifecycle, today),
      retiringSoon: isRetiringSoon(c.lifecycle, today),
      cost,
      inputLimit: inputLimitOf(c) ?? 0,
    });
  }
  ruledOut.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

  const ordered = orderModels(eligible, answers.primary, answers.secondary);
  const ranked = ordered.map((o) => o.model);
  const head = ordered.slice(0, SHORTLIST_SIZE);
  const shortlist: Pick[] = head.map((o, i) => ({
    ...o.model,
    rank: i + 1,
    why: whyText(o, i, ordered, answers),
    givesUp: givesUpText(o.model, head.filter((x) => x !== o).map((x) => x.model)),
    whenOther: whenOtherText(o.model, ranked, answers),
    warnings: warningsFor(o.model),
  }));

  const notes: string[] = [];
  if (answers.audio && !audioFilter) {
    notes.push(
      "No small model in this catalog takes audio input: they all take text (and most take images). Transcribe audio to text first, with a separate speech-to-text step priced on its own; this shortlist assumes you do.",
    );
  }
  if (shortlist.some((p) => p.candidate.reasoning.supported)) {
    notes.push(
      "Costs assume no reasoning tokens (reasoning effort \"none\" where the model offers it). Reasoning tokens are billed as output, so higher effort costs more: the evaluation script measures them.",
    );
  }
  if (shortlist.some((p) => p.candidate.quality?.setting)) {
    notes.push("Quality figures are the makers' own, some measured at high reasoning effort; they are not comparable across benchmarks.");
  }
  return { shortlist, ranked, ruledOut, notes };
}

/** Facts the steps quote ("6 of 8 callable small models fit"), from the same rules as the ranking. */
export function stepFacts(candidates: readonly Candidate[], today: string): StepFacts {
  const live = candidates.filter((c) => c.kind !== "snapshot" && c.size === "small" && isCallable(c.lifecycle, today));
  const limits = live.map(inputLimitOf).filter((n): n is number => n !== null);
  return {
    callableSmall: live.length,
    takeImages: live.filter((c) => takesModality(c, "image") === true).length,
    takeAudio: live.filter((c) => takesModality(c, "audio") === true).length,
    largestInputLimit: limits.length ? Math.max(...limits) : 0,
    /** Input limits of the callable small models, to count how many fit a size. */
    inputLimits: limits,
  };
}
