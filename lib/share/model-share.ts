/**
 * What a model page says about itself when its link is shared: the Open Graph title and the
 * share image's card (ID, lifecycle as of today, Standard prices and limits). Pure: the page and
 * /api/og?view=model&id=<id> build it from the same catalog entry.
 */
import { effectiveStatus, STATUS_LABEL } from "@/lib/catalog/lifecycle";
import type { CatalogEntry } from "@/lib/catalog/types";
import { formatDate, formatPrice, formatTokens, NOT_PUBLISHED } from "@/lib/format";

import type { ShareCard } from "./card";

/** The share image's query for a model: its ID under `id`. */
export function modelShareQuery(id: string): string {
  return `?${new URLSearchParams({ id })}`;
}

export function modelShareTitle(entry: Pick<CatalogEntry, "id" | "displayName">): string {
  return `${entry.id} (${entry.displayName})`;
}

/** "Deprecated · shuts down Jan 14, 2027", "Shut down since Oct 23, 2026", "Active". */
function lifecycleLine(entry: CatalogEntry, today: string): string {
  const status = effectiveStatus(entry.lifecycle, today);
  const date = entry.lifecycle.shutdownDate;
  if (status === "shutdown") return date ? `Shut down since ${formatDate(date)}` : STATUS_LABEL.shutdown;
  if (status === "deprecated" && date) return `${STATUS_LABEL.deprecated} · shuts down ${formatDate(date)}`;
  return STATUS_LABEL[status];
}

const tokens = (n: number | null) => (n === null ? NOT_PUBLISHED : `${formatTokens(n)} tokens`);

export function modelShareCard(entry: CatalogEntry, today: string, verifiedOn: string): ShareCard {
  const standard = entry.pricing.standard;
  return {
    eyebrow: "Model",
    title: modelShareTitle(entry),
    subtitle: `${entry.family} · ${lifecycleLine(entry, today)}`,
    lines: [
      { label: "Input $/1M", value: formatPrice(standard.input.value) },
      { label: "Output $/1M", value: formatPrice(standard.output.value) },
      { label: "Context window", value: tokens(entry.limits.contextWindow.value) },
      { label: "Max output", value: tokens(entry.limits.maxOutput.value) },
    ],
    footer: `Data verified on ${formatDate(verifiedOn)} · Standard-tier prices in USD per 1M tokens`,
  };
}

/** The card for an ID the catalog does not know (a hand-edited image link). */
export const UNKNOWN_MODEL_CARD: ShareCard = {
  eyebrow: "Model",
  title: "Model not found",
  subtitle: "Every OpenAI small model ID with sourced prices, limits, benchmarks and lifecycle.",
  footer: "Prices in USD per 1M tokens",
};
