/**
 * What a calculator link says about itself: the workload and the monthly cost of the model the
 * headline rule names (the cheapest that stays callable; a cheaper one that retires sooner
 * second, with its date). Pure: the caller computes the rows and the headline with the
 * calculator's own functions (lib/cost/calculator-rows.ts, lib/cost/calculator-headline.ts).
 */
import { groupByStanding } from "@/lib/catalog/headline";
import { headlineText, type CalcHeadline } from "@/lib/cost/calculator-headline";
import type { CalcRow } from "@/lib/cost/calculator-rows";
import { TIER_LABEL } from "@/lib/cost/price";
import type { ServiceTier, Workload } from "@/lib/cost/types";
import { formatDate, formatTokens, formatUsd } from "@/lib/format";

import type { ShareCard } from "./card";

const CARD_LINES = 5;

function workloadSummary(w: Workload, tier: ServiceTier): string {
  return `${formatTokens(w.inputTokensPerDay)} input + ${formatTokens(w.outputTokensPerDay)} output tokens a day, ${TIER_LABEL[tier]} tier`;
}

const perMonth = (r: CalcRow) => (r.result.ok ? formatUsd(r.result.perMonth) : "not published");

export function calculatorShareText(
  w: Workload,
  tier: ServiceTier,
  headline: CalcHeadline,
): { title: string; description: string } {
  const lead = headline.pick ?? headline.elsewhere;
  const text = headlineText(headline);
  if (!text) return { title: "Monthly cost calculator", description: `No priced model for ${workloadSummary(w, tier)}.` };
  return {
    title: lead ? `Monthly cost: ${lead.model.id} from ${perMonth(lead)}` : "Monthly cost calculator",
    description: `${workloadSummary(w, tier)}. ${text}`,
  };
}

/** After the price, what a line must say about a model that is not a safe choice. */
function lineNote(r: CalcRow): string {
  const o = r.model.outlook;
  if (o.standing === "leaving") return ` · retires ${formatDate(o.shutdownDate)}`;
  return o.standing === "gone" ? " · not callable" : "";
}

/** The card lists models that stay callable first (then retiring, then gone), each group in the table's order. */
export function calculatorShareCard(
  w: Workload,
  tier: ServiceTier,
  rows: readonly CalcRow[],
  headline: CalcHeadline,
  verifiedOn: string,
): ShareCard {
  const text = calculatorShareText(w, tier, headline);
  const ordered = groupByStanding(rows, (r) => r.model.outlook.standing).flatMap((g) => g.items);
  return {
    eyebrow: "Calculator",
    title: text.title,
    subtitle: `${workloadSummary(w, tier)}, ${w.daysPerMonth}-day month`,
    lines: ordered.slice(0, CARD_LINES).map((r) => ({ label: r.model.id, value: `${perMonth(r)} a month${lineNote(r)}` })),
    footer: `Data verified on ${formatDate(verifiedOn)} · exact decimal arithmetic`,
  };
}
