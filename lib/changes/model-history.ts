/**
 * Everything the model page shows about time, from the catalog as filed: the price history
 * (figures that changed, the step chart's geometry, or the day a single known price dates from)
 * and the lifecycle timeline with today's place in it.
 */
import { effectiveStatus } from "@/lib/catalog/lifecycle";
import type { CatalogEntry } from "@/lib/catalog/types";

import { changeEvents, eventsOfEntry, launchDayOfPrices, type ChangeEvent } from "./events";
import { chartedFigures, figuresWithHistory, priceStepChart, type FigureHistory, type StepChart } from "./price-chart";

/** One day's events in the order they happen: launched, repriced, announced, replaced, switched off. */
const STORY_ORDER: Record<ChangeEvent["kind"], number> = { release: 0, price: 1, notice: 2, replacement: 3, shutdown: 4 };

export type TimelineItem = { event: ChangeEvent; scheduled: boolean };

export type ModelHistory = {
  /** Figures with more than one entry; empty when every price is the only one known. */
  histories: FigureHistory[];
  chart: StepChart | null;
  /** With no history: the day the prices date from (null when the data cannot say). */
  pricesSince: string | null;
  /** Every event of the ID, oldest first. */
  timeline: TimelineItem[];
  /** How many timeline items come before today (the "today" mark goes after them). */
  pastCount: number;
};

export function modelHistory(filed: readonly CatalogEntry[], id: string, today: string): ModelHistory | null {
  const entry = filed.find((e) => e.id === id);
  if (!entry) return null;
  const histories = figuresWithHistory(entry);
  const charted = chartedFigures(histories);
  // A shut-down model's prices end with it; a live one's run to today.
  const shutdown = effectiveStatus(entry.lifecycle, today) === "shutdown" ? entry.lifecycle.shutdownDate : null;
  const byId = new Map(filed.map((e) => [e.id, e]));
  const timeline = eventsOfEntry(changeEvents(filed), id)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : STORY_ORDER[a.kind] - STORY_ORDER[b.kind]))
    .map((event) => ({ event, scheduled: event.date > today }));
  return {
    histories,
    chart: charted.length ? priceStepChart(charted, shutdown ?? today) : null,
    pricesSince: histories.length ? null : launchDayOfPrices(entry, byId),
    timeline,
    pastCount: timeline.filter((t) => !t.scheduled).length,
  };
}
