/**
 * What a compare link says about itself: the page title and description, and the share image's
 * card. Pure: built from the compare table the page already computed.
 */
import { STATUS_ON_LABEL } from "@/lib/catalog/lifecycle";
import type { CompareTable } from "@/lib/compare/types";
import { TIER_LABEL } from "@/lib/cost/tiers";
import { formatDate, formatTokens } from "@/lib/format";
import type { CompareState } from "@/lib/url/compare";

import type { ShareCard } from "./card";

type Workload = Pick<CompareState, "inputPerDay" | "outputPerDay" | "tier">;

export function workloadPhrase(w: Workload): string {
  return `${formatTokens(w.inputPerDay)} input + ${formatTokens(w.outputPerDay)} output tokens a day, ${TIER_LABEL[w.tier]} tier`;
}

/** "a vs b", "a, b and c" */
function joinIds(ids: string[]): string {
  if (ids.length <= 2) return ids.join(" vs ");
  return `${ids.slice(0, -1).join(", ")} and ${ids[ids.length - 1]}`;
}

export function compareShareText(table: CompareTable | null, w: Workload): { title: string; description: string } {
  if (!table) {
    return {
      title: "Compare models",
      description: "Put two to four OpenAI models side by side: prices per tier, limits, benchmarks, speed and lifecycle.",
    };
  }
  const ids = table.models.map((m) => m.id);
  const cost = table.rows.find((r) => r.key === "monthly-cost");
  const costs = cost ? table.models.map((m, i) => `${m.id} ${cost.cells[i]?.text ?? ""}`).join(", ") : "";
  return {
    title: `Compare ${joinIds(ids)}`,
    description: `Side by side: prices, limits, benchmarks, speed and lifecycle. Monthly cost for ${workloadPhrase(w)}: ${costs}.`,
  };
}

/** Rows of the share image: the figures people compare first. */
const CARD_ROWS: { key: string; label: string }[] = [
  { key: "standard-input", label: "Input $/1M" },
  { key: "standard-output", label: "Output $/1M" },
  { key: "context", label: "Context" },
  { key: "monthly-cost", label: "Per month" },
];

export function compareShareCard(table: CompareTable | null, w: Workload, verifiedOn: string): ShareCard {
  const text = compareShareText(table, w);
  const footer = `Data verified on ${formatDate(verifiedOn)} · Standard-tier prices in USD`;
  if (!table) return { eyebrow: "Compare", title: text.title, subtitle: text.description, footer };
  return {
    eyebrow: "Compare",
    title: text.title,
    subtitle: `Per month: ${workloadPhrase(w)}`,
    table: {
      columns: table.models.map((m) => ({
        heading: m.id,
        badge: STATUS_ON_LABEL[m.status],
        badgeTone:
          m.status === "active" ? "good" : m.status === "shutdown" ? "bad" : m.status === "deprecated" ? "warn" : "neutral",
      })),
      rows: CARD_ROWS.flatMap(({ key, label }) => {
        const row = table.rows.find((r) => r.key === key);
        return row ? [{ label, values: row.cells.map((c) => c.text), best: row.cells.map((c) => c.best) }] : [];
      }),
    },
    footer,
  };
}
