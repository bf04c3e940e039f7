/**
 * What a wizard link says about itself: at the result, the shortlist and its monthly cost; on
 * a step, which step and the answers so far. Pure: the caller runs the ranking.
 */
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { DAYS_PER_MONTH } from "@/lib/cost/article-workload";
import { formatDate, formatTokens, formatUsd } from "@/lib/format";
import type { Recommendation, WizardAnswers } from "@/lib/recommend/types";

import type { ShareCard } from "./card";

type Step = 1 | 2 | 3 | 4 | "result";

function answersPhrase(a: WizardAnswers): string {
  return [
    `${a.primary} first${a.secondary ? `, then ${a.secondary}` : ""}`,
    `inputs up to ${formatTokens(a.largestInputTokens)} tokens`,
    a.images ? "with images" : "text only",
  ].join(", ");
}

export function wizardShareText(
  step: Step,
  answers: WizardAnswers | null,
  rec: Recommendation | null,
): { title: string; description: string } {
  if (step === "result" && answers && rec) {
    const ids = rec.shortlist.map((p) => p.candidate.id);
    if (!ids.length) {
      return {
        title: "Selection wizard: no model fits",
        description: `No callable small model fits these answers (${answersPhrase(answers)}).`,
      };
    }
    const costs = rec.shortlist.map((p) => `${p.candidate.id} ${formatUsd(p.cost.perMonth)}/month`).join(", ");
    // The headline rule: when every model that fits retires within 90 days, none is crowned.
    if (!rec.headline.pick) {
      return {
        title: "Selection wizard: no model that fits stays callable",
        description: `Every model that fits these answers (${answersPhrase(answers)}) shuts down within 90 days: ${costs}.`,
      };
    }
    return {
      title: `Shortlist: ${ids.join(", ")}`,
      description: `Ranked for ${answersPhrase(answers)}; ${formatTokens(answers.workload.inputTokensPerDay)} input + ${formatTokens(answers.workload.outputTokensPerDay)} output tokens a day: ${costs}.`,
    };
  }
  const n = step === "result" ? 4 : step;
  return {
    title: `Selection wizard, step ${n} of 4`,
    description:
      "Four questions (priority, context, images, your workload) that lead to a ranked, explained shortlist of callable OpenAI small models.",
  };
}

export function wizardShareCard(
  step: Step,
  answers: WizardAnswers | null,
  rec: Recommendation | null,
  verifiedOn: string,
): ShareCard {
  const text = wizardShareText(step, answers, rec);
  const footer = `Data verified on ${formatDate(verifiedOn)} · Standard tier, ${DAYS_PER_MONTH}-day month`;
  if (!(step === "result" && answers && rec && rec.shortlist.length)) {
    return { eyebrow: "Wizard", title: text.title, subtitle: answers ? answersPhrase(answers) : text.description, footer };
  }
  return {
    eyebrow: "Wizard",
    title: text.title,
    subtitle: `For ${answersPhrase(answers)}`,
    table: {
      columns: rec.shortlist.map((p) => ({
        heading: `${p.rank}. ${p.candidate.id}`,
        badge: STATUS_LABEL[p.status],
        badgeTone: p.status === "active" ? "good" : p.status === "deprecated" ? "warn" : "neutral",
      })),
      rows: [
        { label: "Per month", values: rec.shortlist.map((p) => formatUsd(p.cost.perMonth)) },
        { label: "Max input", values: rec.shortlist.map((p) => formatTokens(p.inputLimit)) },
      ],
    },
    footer,
  };
}
