/**
 * Words for change events, one wording for every place that shows them (/changes, the model
 * page's timeline, the feeds, the calendar): a kind label, a title that stands alone in a feed
 * reader, the price moves grouped by tier. Titles are tense-free, so a scheduled shutdown reads right
 * before and after its day; only the model page's timeline, drawn for one day, follows the tense.
 */
import type { PriceFigure } from "@/lib/catalog/schema";
import type { ServiceTier } from "@/lib/catalog/types";
import { TIER_LABEL } from "@/lib/cost/tiers";
import { formatDate, formatPrice } from "@/lib/format";

import type { ChangeEvent, ChangeKind, PriceMove } from "./events";

export const KIND_LABEL: Record<ChangeKind, string> = {
  release: "Release",
  price: "Price change",
  notice: "Deprecation notice",
  shutdown: "Shutdown",
  replacement: "Replacement named",
};

/** The kind filter's chips. */
export const KIND_PLURAL: Record<ChangeKind, string> = {
  release: "Releases",
  price: "Price changes",
  notice: "Deprecation notices",
  shutdown: "Shutdowns",
  replacement: "Replacements",
};

/** An event's anchor on /changes: its ID, with slashes (awkward in fragments and selectors) as "~". */
export function eventAnchor(id: string): string {
  return id.replaceAll("/", "~");
}

const FIELD_LABEL = { input: "input", cachedInput: "cached input", output: "output" } as const;

/** "standard.cachedInput" → "Standard cached input"; "cacheWrite" → "Cache writes". */
export function figureLabel(figure: PriceFigure): string {
  if (figure === "cacheWrite") return "Cache writes";
  const [tier, field] = figure.split(".") as [ServiceTier, keyof typeof FIELD_LABEL];
  return `${TIER_LABEL[tier]} ${FIELD_LABEL[field]}`;
}

/** "$1.00 → $0.20"; a first price reads "$0.10". */
export function moveValue(m: PriceMove): string {
  const to = formatPrice(m.to);
  return m.first ? to : `${formatPrice(m.from)} → ${to}`;
}

/** The moves a title names: Standard input and output when they moved, else the first two. */
function headlineMoves(prices: readonly PriceMove[]): PriceMove[] {
  const standard = prices.filter((p) => p.figure === "standard.input" || p.figure === "standard.output");
  return standard.length ? standard : prices.slice(0, 2);
}

function shortMove(m: PriceMove): string {
  const name = m.figure === "standard.input" ? "input" : m.figure === "standard.output" ? "output" : figureLabel(m.figure);
  return `${name} ${moveValue(m)}`;
}

/** Cut, rise or change: a cut only when every figure that had a price went down. */
function priceVerb(prices: readonly PriceMove[]): string {
  const compared = prices.filter((p) => p.from !== null && p.to !== null);
  if (compared.length && compared.every((p) => p.to! < p.from!)) return "Price cut";
  if (compared.length && compared.every((p) => p.to! > p.from!)) return "Price rise";
  return KIND_LABEL.price;
}

/** The ID an event is about (the alias or only ID when it applies to the whole model). */
export function subjectOf(event: ChangeEvent): string {
  return event.ids[0] ?? event.modelId;
}

/** A title that makes sense alone: "Price cut: gpt-5.6-luna, input $1.00 → $0.20, output $6.00 → $1.20". */
export function eventTitle(event: ChangeEvent): string {
  const subject = subjectOf(event);
  switch (event.kind) {
    case "release": {
      const launch = headlineMoves(event.prices).map(shortMove);
      return `Release: ${subject}${launch.length ? ` at ${launch.join(", ")}` : ""}`;
    }
    case "price":
      return `${priceVerb(event.prices)}: ${subject}, ${headlineMoves(event.prices).map(shortMove).join(", ")}`;
    case "notice":
      return `Deprecation notice: ${subject}${event.shutdownDate ? ` shuts down on ${formatDate(event.shutdownDate)}` : ""}`;
    case "shutdown":
      return `Shutdown: ${subject}${event.replacement ? ` (replacement: ${event.replacement})` : ""}`;
    case "replacement":
      return `Replacement named: ${event.replacement} for ${subject}`;
  }
}

/** An event on its own model's timeline: the model goes without saying, the tense follows the day. */
export function timelineText(event: ChangeEvent, scheduled: boolean): string {
  switch (event.kind) {
    case "release": {
      const launch = headlineMoves(event.prices).map(shortMove);
      return `Released${launch.length ? ` at ${launch.join(", ")}` : ""}`;
    }
    case "price":
      return `${priceVerb(event.prices)}: ${headlineMoves(event.prices).map(shortMove).join(", ")}`;
    case "notice":
      return `Deprecation announced${event.shutdownDate ? `: shutdown set for ${formatDate(event.shutdownDate)}` : ""}`;
    case "shutdown":
      return `${scheduled ? "Shuts down" : "Shut down"}${event.replacement ? `; replacement: ${event.replacement}` : ""}`;
    case "replacement":
      return `${event.replacement} named as the replacement`;
  }
}

/**
 * Price moves one line per tier: "Standard: input $1.00 → $0.20, output $6.00 → $1.20". A launch
 * lists up to four tiers of three prices: grouped, it reads in four lines instead of twelve.
 */
export function tierLines(prices: readonly PriceMove[]): string[] {
  const byTier = new Map<string, string[]>();
  for (const m of prices) {
    const [tier, field] = m.figure.split(".") as [string, keyof typeof FIELD_LABEL | undefined];
    const head = field ? TIER_LABEL[tier as ServiceTier] : figureLabel(m.figure);
    const value = moveValue(m);
    byTier.set(head, [...(byTier.get(head) ?? []), field ? `${FIELD_LABEL[field]} ${value}` : value]);
  }
  return [...byTier].map(([head, parts]) => `${head}: ${parts.join(", ")}`);
}

/** The lines under a title: the price moves by tier, then the data's note on the event. */
export function eventDetails(event: ChangeEvent): string[] {
  const lines = tierLines(event.prices);
  if (event.kind === "notice" && !event.shutdownDate) lines.push("No shutdown date announced.");
  if (event.note) lines.push(event.note);
  return lines;
}

/** Other IDs the event applies to besides its subject (snapshots of an alias). */
export function alsoApplies(event: ChangeEvent): string[] {
  return event.ids.slice(1);
}
