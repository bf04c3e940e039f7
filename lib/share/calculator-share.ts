/**
 * What a calculator link says about itself: the workload and the cheapest monthly cost (the
 * cheapest callable one when the cheapest is retired). Pure: the caller computes the rows with
 * the calculator's own functions (lib/cost/calculator-rows.ts).
 */
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
  cheapest: { cheapest: CalcRow | null; callable: CalcRow | null },
): { title: string; description: string } {
  const best = cheapest.callable ?? cheapest.cheapest;
  if (!best) {
    return { title: "Monthly cost calculator", description: `No priced model for ${workloadSummary(w, tier)}.` };
  }
  const retiredNote =
    cheapest.cheapest && cheapest.callable && cheapest.cheapest !== cheapest.callable
      ? ` (${cheapest.cheapest.model.id} is cheaper, ${perMonth(cheapest.cheapest)}, but can no longer be called)`
      : "";
  return {
    title: `Monthly cost: ${best.model.id} from ${perMonth(best)}`,
    description: `${workloadSummary(w, tier)}: cheapest callable model ${best.model.id} at ${perMonth(best)} a month${retiredNote}.`,
  };
}

export function calculatorShareCard(
  w: Workload,
  tier: ServiceTier,
  rows: readonly CalcRow[],
  cheapest: { cheapest: CalcRow | null; callable: CalcRow | null },
  verifiedOn: string,
): ShareCard {
  const text = calculatorShareText(w, tier, cheapest);
  return {
    eyebrow: "Calculator",
    title: text.title,
    subtitle: `${workloadSummary(w, tier)}, ${w.daysPerMonth}-day month`,
    lines: rows.slice(0, CARD_LINES).map((r) => ({
      label: r.model.id,
      value: `${perMonth(r)} a month${r.model.retired ? " · retired" : ""}`,
    })),
    footer: `Data verified on ${formatDate(verifiedOn)} · exact decimal arithmetic`,
  };
}
