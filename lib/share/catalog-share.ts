/**
 * What a catalog link says about itself: title, description and share-image card for its
 * filters and sort. Pure: the page (or the image route) passes the rows it shows.
 */
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import type { CatalogRow } from "@/lib/catalog/rows";
import { CATALOG_EXPORT } from "@/lib/export/catalog";
import { formatDate, formatPrice, formatTokensShort } from "@/lib/format";
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
  const first = s.sort[0];
  if (first) {
    const label = CATALOG_EXPORT[first.id].columns[0]?.label ?? first.id;
    parts.push(`sorted by ${label}${first.desc ? ", descending" : ""}`);
  }
  return parts;
}

export function catalogShareText(s: CatalogState, shown: number, total: number): { title: string; description: string } {
  const parts = describeCatalogState(s);
  if (!parts.length) {
    return {
      title: "OpenAI small models: the catalog",
      description: `All ${total} models with sourced prices, limits, benchmarks and lifecycle.`,
    };
  }
  return {
    title: `Catalog: ${shown} of ${total} models`,
    description: `${shown} of ${total} OpenAI models, ${parts.join("; ")}. Sourced prices, limits, benchmarks and lifecycle.`,
  };
}

/** The card: the filters in words and the first rows as the table shows them. */
export function catalogShareCard(
  s: CatalogState,
  visible: CatalogRow[],
  shown: number,
  total: number,
  verifiedOn: string,
): ShareCard {
  const parts = describeCatalogState(s);
  const { title } = catalogShareText(s, shown, total);
  return {
    eyebrow: "Catalog",
    title,
    subtitle: parts.length ? parts.join(" · ") : "Every model ID with sourced prices, limits, benchmarks and lifecycle",
    lines: visible.slice(0, CARD_LINES).map((r) => ({
      label: r.id,
      value: `${formatPrice(r.input)} in · ${formatPrice(r.output)} out${r.status === "shutdown" ? " · shut down" : ""}`,
    })),
    footer: `Data verified on ${formatDate(verifiedOn)} · Standard-tier prices in USD per 1M tokens`,
  };
}
