/**
 * The wizard's ranking in words: why each pick is on the list, what it gives up against the other
 * picks, when another model would win, and its lifecycle warnings. The sentences are built from
 * the comparisons the ordering uses (order.ts), so they explain the order it produced.
 */
import { formatCount, formatDate, formatNumber, formatTokens, formatTokensShort, formatUsd } from "@/lib/format";

import { qualityLabel, speedLabel } from "./labels";
import {
  BANDS,
  bestOf,
  compareOn,
  costOf,
  lifecycleGroup,
  orderModels,
  qualityTier,
  tieBreak,
  type Ordered,
  type TieRule,
} from "./order";
import type { LifecycleWarning, Priority, RankedModel, WizardAnswers } from "./types";

/** Input limits closer than this are not worth a "gives up" line (922K vs 1.05M is; 1,047,576 vs 1,050,000 is not). */
const MEANINGFUL_INPUT_RATIO = 1.1;

const PRIORITY_LABEL: Record<Priority, string> = { quality: "quality", speed: "speed", cost: "cost" };

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
const NEXT: Record<Priority, string> = {
  cost: "Next cheapest",
  quality: "Next-highest quality signal",
  speed: "Next-fastest measured",
};
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

export function whyText(o: Ordered, index: number, ordered: Ordered[], a: WizardAnswers): string {
  const m = o.model;
  const p = a.primary;
  const s2 = a.secondary && a.secondary !== p ? a.secondary : null;
  const lifeWord = m.status === "active" ? "active" : "deprecated";
  const parts: string[] = [];
  if (lifecycleGroup(m) === 1) {
    parts.push(
      ordered.some((x) => lifecycleGroup(x.model) === 0)
        ? "Shuts down within 90 days, so it ranks after every longer-lived model that fits."
        : "No model that fits your answers is safe for more than 90 days; this one still answers, for now.",
    );
  }
  const earlier = ordered
    .slice(0, index)
    .filter((x) => lifecycleGroup(x.model) === lifecycleGroup(m))
    .map((x) => x.model);
  const overtook = earlier.filter((x) => compareOn(p, m, x) < 0);
  if (o.viaSecondary && s2) {
    const l = o.leader;
    parts.push(
      `About as ${EQUAL[p]} as ${l.candidate.id} (${valueLabel(p, m)} vs ${valueLabel(p, l)}, ${BAND_TEXT[p]}) and ` +
        `${BETTER[s2]}, your second priority: ${valueLabel(s2, m)} vs ${valueLabel(s2, l)}.`,
    );
  } else if (!known(p, m)) {
    const alike =
      lifecycleGroup(m) === 0
        ? "every remaining model that fits and is not retiring within 90 days"
        : "every remaining model that fits";
    let text = `${p === "quality" ? "Quality unknown: no GPQA Diamond or MMLU score in the catalog" : "Speed not measured in the catalog"}, as for ${alike}`;
    if (s2 && o.bandSize > 1 && !o.tiedWith)
      text += `; of those it is the ${s2 === "cost" ? "cheapest" : s2 === "speed" ? "fastest measured" : "best on quality"}, your second priority (${valueLabel(s2, m)})`;
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
  if (index === 0 && lifecycleGroup(m) === 0) {
    const retiringBetter = ordered.filter(
      (x) => lifecycleGroup(x.model) === 1 && known(p, x.model) && compareOn(p, x.model, m) < 0,
    );
    const top = retiringBetter[0]?.model;
    if (top?.candidate.lifecycle.shutdownDate && top.daysToShutdown !== null) {
      parts.push(
        `${top.candidate.id} would be ${BETTER[p]} (${valueLabel(p, top)}) but shuts down on ${formatDate(top.candidate.lifecycle.shutdownDate)} (in ${formatCount(top.daysToShutdown, "day")}).`,
      );
    }
  }
  return parts.join(" ");
}

export function givesUpText(m: RankedModel, others: RankedModel[]): string[] {
  const out: string[] = [];
  if (others.length) {
    const cheapest = bestOf(others, (x, y) => compareOn("cost", x, y));
    if (costOf(cheapest).lt(costOf(m))) {
      out.push(
        `Costs ${formatUsd(costOf(m).sub(costOf(cheapest)).toFixed())} a month more than ${cheapest.candidate.id} (${monthly(m)} vs ${monthly(cheapest)}).`,
      );
    }
    const bestQ = bestOf(others, (x, y) => compareOn("quality", x, y));
    const mq = m.candidate.quality;
    const oq = bestQ.candidate.quality;
    if (oq && !mq) out.push(`Quality unknown, while ${bestQ.candidate.id} has ${qualityLabel(bestQ)}.`);
    else if (oq && mq && oq.benchmark === mq.benchmark && oq.value - mq.value > BANDS.qualityPoints) {
      out.push(`Lower ${mq.benchmark}: ${formatNumber(mq.value)}% vs ${formatNumber(oq.value)}% for ${bestQ.candidate.id}.`);
    } else if (oq && mq && oq.benchmark !== mq.benchmark && qualityTier(bestQ) < qualityTier(m)) {
      out.push(`Its quality figure (${mq.benchmark}) cannot be compared with ${bestQ.candidate.id}'s ${qualityLabel(bestQ)}.`);
    }
    const fastest = bestOf(others, (x, y) => compareOn("speed", x, y));
    const ms = m.candidate.speed?.tokensPerSecond;
    const fs = fastest.candidate.speed?.tokensPerSecond;
    if (fs !== undefined && ms === undefined)
      out.push(`Speed not measured, while ${fastest.candidate.id} runs at ${speedLabel(fastest)}.`);
    else if (fs !== undefined && ms !== undefined && ms < fs * (1 - BANDS.speedRatio)) {
      out.push(`Slower: ${speedLabel(m)} vs ${speedLabel(fastest)} for ${fastest.candidate.id}.`);
    }
    const roomiest = bestOf(others, (x, y) => y.inputLimit - x.inputLimit);
    if (roomiest.inputLimit >= m.inputLimit * MEANINGFUL_INPUT_RATIO) {
      out.push(
        `Smaller input limit: ${formatTokens(m.inputLimit)} vs ${formatTokens(roomiest.inputLimit)} tokens for ${roomiest.candidate.id}.`,
      );
    }
  }
  if (m.retiringSoon && m.candidate.lifecycle.shutdownDate) {
    out.push(
      `Shuts down on ${formatDate(m.candidate.lifecycle.shutdownDate)} (in ${formatCount(m.daysToShutdown ?? 0, "day")}): you would migrate again.`,
    );
  }
  if (!out.length) out.push("Nothing on cost, quality, speed, input size or lifecycle against the other picks.");
  return out;
}

export function whenOtherText(m: RankedModel, ranked: RankedModel[], a: WizardAnswers): string[] {
  const out: string[] = [];
  for (const c of ["quality", "speed", "cost"] as const) {
    if (c === a.primary) continue;
    const top = orderModels(ranked, c, null)[0]?.model;
    if (!top) continue;
    if (!known(c, top)) {
      const knownOnes = ranked.filter((x) => known(c, x));
      const alt = knownOnes.length ? bestOf(knownOnes, (x, y) => compareOn(c, x, y) || tieBreak(x, y).cmp) : null;
      const none = `no ${top.status === "active" ? "active " : ""}model that fits has a published ${c === "quality" ? "quality score" : "speed"}`;
      const retires =
        alt?.retiringSoon && alt.candidate.lifecycle.shutdownDate
          ? `, but it shuts down on ${formatDate(alt.candidate.lifecycle.shutdownDate)}`
          : "";
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
  const roomier = ranked.filter((x) => x.inputLimit > m.inputLimit && lifecycleGroup(x) <= lifecycleGroup(m));
  if (roomier.length) {
    const alt = orderModels(roomier, a.primary, a.secondary)[0]!.model;
    out.push(
      `If your inputs grow past ${formatTokens(m.inputLimit)} tokens, take ${alt.candidate.id} (up to ${formatTokens(alt.inputLimit)}).`,
    );
  }
  if (m.retiringSoon && m.candidate.lifecycle.shutdownDate) {
    const lasting = ranked.find((x) => lifecycleGroup(x) === 0);
    if (lasting)
      out.push(`If you need it after ${formatDate(m.candidate.lifecycle.shutdownDate)}, take ${lasting.candidate.id}.`);
  }
  return out;
}

export function warningsFor(m: RankedModel): LifecycleWarning[] {
  if (m.status !== "deprecated") return [];
  const date = m.candidate.lifecycle.shutdownDate;
  if (!date) return [{ tone: "info", text: "Deprecated: no shutdown date published yet." }];
  if (m.retiringSoon) {
    return [
      {
        tone: "warn",
        text: `Retiring: shuts down on ${formatDate(date)}, in ${formatCount(m.daysToShutdown ?? 0, "day")}. Calls fail after that.`,
      },
    ];
  }
  return [
    { tone: "info", text: `Deprecated: shuts down on ${formatDate(date)} (in ${formatCount(m.daysToShutdown ?? 0, "day")}).` },
  ];
}
