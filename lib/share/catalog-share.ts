/**
 * What a catalog link says about itself: title, description and share-image card for its
 * filters and sort. Pure: the page (or the image route) passes the rows it shows.
 */
import { soonerNote } from "@/lib/catalog/headline";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import type { CatalogRow } from "@/lib/catalog/rows";
import type { TodaysAnswer } from "@/lib/catalog/todays-answer";
import { CATALOG_EXPORT } from "@/lib/export/catalog";
import { formatDate, formatPrice, formatTokensShort, formatUsd } from "@/lib/format";
import type { CatalogState } from "@/lib/url/catalog";

import type { ShareCard } from "./card";

const MAX_QUERY_SHOWN = 40;
const CARD_LINES = 5;

/** The active filters and sort, in words: ["matching “nano”", "reasoning models", "sorted by Input price, lowest first"]. */
export function describeCatalogState(s: CatalogState): string[] {
  const parts: string[] = [];
  if (s.q) parts.push(`matching “${s.q.length > MAX_QUERY_SHOWN ? `${s.q.slice(0, MAX_QUERY_SHOWN)}…` : s.q}”`);
  if (s.families.length) parts.push(`family ${s.families.join(", ")}`);
  if (s.statuses.length) parts.push(`status ${s.statuses.map((x) => STATUS_LABEL[x]).join(", ")}`);
  if (s.hideShutdown) parts.push("shut-down models hidden");
  if (s.reasoning !== "any") parts.push(s.reasoning === "yes" ? "reasoning models" : "non-reasoning models");
  if (s.image !== "any") parts.push(s.image === "yes" ? "image input" : "text only");
  if (s.minContext > 0) parts.push(`context ≥ ${formatTokensShort(s.minContext)}`);
  if (s.flat) parts.push("not grouped by lifecycle");
  const first = s.sort[0];
  if (first) {
    const label = CATALOG_EXPORT[first.id].columns[0]?.label ?? first.id;
    parts.push(`sorted by ${label}${first.desc ? ", descending" : ""}`);
  }
  return parts;
}

/**
 * Today's answer in one or two sentences, by the headline rule: "Today's cheapest small model that
 * stays callable: gpt-6-luna, $10.50 a month for the article's workload. gpt-5-nano is $7.50 a
 * month but shuts down on Dec 11, 2026 (in 16 days)."
 */
export function answerSentence(answer: TodaysAnswer): string {
  const { pick, sooner } = answer.cheapest;
  if (!pick) return "No small model stays callable for more than 90 days.";
  const second = sooner ? ` ${soonerNote(sooner.item.id, `${formatUsd(sooner.item.perMonth)} a month`, sooner)}` : "";
  return `Today's cheapest small model that stays callable: ${pick.id}, ${formatUsd(pick.perMonth)} a month for the article's workload.${second}`;
}

export function catalogShareText(
  s: CatalogState,
  shown: number,
  total: number,
  answer?: TodaysAnswer,
): { title: string; description: string } {
  const parts = describeCatalogState(s);
  if (!parts.length) {
    return {
      title: "OpenAI small models: the catalog",
      description: `${answer ? `${answerSentence(answer)} ` : ""}All ${total} models with sourced prices, limits, benchmarks and lifecycle.`,
    };
  }
  return {
    title: `Catalog: ${shown} of ${total} models`,
    description: `${shown} of ${total} OpenAI models, ${parts.join("; ")}. Sourced prices, limits, benchmarks and lifecycle.`,
  };
}

/** What a card line adds about a model that is not a safe choice. */
function standingNote(r: CatalogRow): string {
  if (r.standing === "leaving") return ` · retires ${formatDate(r.shutdownDate)}`;
  if (r.standing === "gone") return r.status === "shutdown" ? " · shut down" : " · status unknown";
  return "";
}

/**
 * The card: the filters in words (or today's answer, for the default view) and the first rows as
 * the table shows them, which by default lead with the models that stay callable.
 */
export function catalogShareCard(
  s: CatalogState,
  visible: CatalogRow[],
  shown: number,
  total: number,
  verifiedOn: string,
  answer?: TodaysAnswer,
): ShareCard {
  const parts = describeCatalogState(s);
  const { title } = catalogShareText(s, shown, total);
  return {
    eyebrow: "Catalog",
    title,
    subtitle: parts.length
      ? parts.join(" · ")
      : answer
        ? answerSentence(answer)
        : "Every model ID with sourced prices, limits, benchmarks and lifecycle",
    lines: visible.slice(0, CARD_LINES).map((r) => ({
      label: r.id,
      value: `${formatPrice(r.input)} in · ${formatPrice(r.output)} out${standingNote(r)}`,
    })),
    footer: `Data verified on ${formatDate(verifiedOn)} · Standard-tier prices in USD per 1M tokens`,
  };
}
