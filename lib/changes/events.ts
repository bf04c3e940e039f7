/**
 * Every dated change the catalog records, as one list of events: releases (with the prices a
 * model launched at), price changes, deprecation notices, shutdowns and replacements named on a
 * date. /changes, the model page's timeline, the feeds and the calendar all read this list, so
 * they cannot disagree. Pure: no "today" here (the callers split past from scheduled).
 *
 * Catalog entries share their file's facts (an alias and its snapshots carry the same history),
 * so identical events of one model are merged into one that lists every ID it applies to.
 */
import { priceSeries, type PricePoint } from "@/lib/catalog/prices-on";
import { PRICE_FIGURES, type PriceFigure } from "@/lib/catalog/schema";
import type { CatalogEntry, Source } from "@/lib/catalog/types";

import type { ChangeKind } from "./kinds";

export type { ChangeKind } from "./kinds";

/** One figure's move on the event's day; `from` is null for a launch or a figure priced for the first time. */
export type PriceMove = {
  figure: PriceFigure;
  from: number | null;
  to: number | null;
  /** The first entry of its series (a launch price, or the first price of a tier added later). */
  first: boolean;
  source: Source;
  note?: string;
};

export type ChangeEvent = {
  /** Stable and unique: the same data always gives the same ID (feeds, calendar UIDs, anchors). */
  id: string;
  /** The day it happened (or will happen), ISO. */
  date: string;
  kind: ChangeKind;
  /** The model (data file) it belongs to. */
  modelId: string;
  /** Every catalog ID it applies to: the alias (or only ID) first, then snapshots. */
  ids: string[];
  displayName: string;
  /** release: the launch prices; price: the figures that moved. Empty otherwise. */
  prices: PriceMove[];
  /** notice: the announced shutdown day; shutdown: itself. */
  shutdownDate: string | null;
  /** replacement: the ID named; shutdown: the recommended replacement, if any. */
  replacement: string | null;
  source: Source;
  note?: string;
};

type Draft = Omit<ChangeEvent, "id" | "ids"> & { entryId: string };

/** Same day: the news first (a shutdown, then its notice and replacement), prices, then releases. */
const KIND_ORDER: Record<ChangeKind, number> = { shutdown: 0, notice: 1, replacement: 2, price: 3, release: 4 };

function sourceOf(entry: CatalogEntry, key: string): Source {
  const source = entry.sources[key];
  if (!source) throw new Error(`${entry.id}: source "${key}" is not in its file`);
  return source;
}

function move(entry: CatalogEntry, figure: PriceFigure, to: PricePoint, from: PricePoint | null): PriceMove {
  return {
    figure,
    from: from?.value ?? null,
    to: to.value,
    first: from === null,
    source: sourceOf(entry, to.source),
    ...(to.note ? { note: to.note } : {}),
  };
}

/**
 * The day an entry's current prices started when the data gives no date: its own release. An
 * alias shows its default snapshot's prices, so they date from that snapshot's release, not the
 * alias's first one (gpt-4o's $2.50 is 2024-08-06's price, not what gpt-4o launched at).
 */
export function launchDayOfPrices(entry: CatalogEntry, byId: ReadonlyMap<string, CatalogEntry>): string | null {
  if (entry.kind !== "alias" || !entry.resolvesTo) return entry.releaseDate.value;
  return byId.get(entry.resolvesTo)?.releaseDate.value ?? null;
}

function priceDrafts(entry: CatalogEntry, byId: ReadonlyMap<string, CatalogEntry>): { launch: PriceMove[]; later: Draft[] } {
  const release = entry.releaseDate.value;
  const launchOk = release !== null && launchDayOfPrices(entry, byId) === release;
  const launch: PriceMove[] = [];
  const byDay = new Map<string, PriceMove[]>();
  for (const figure of PRICE_FIGURES) {
    const series = priceSeries(entry, figure);
    series.forEach((point, i) => {
      // An entry without a date ("since the model existed") is no event.
      if (point.effectiveFrom === null) return;
      const previous = i > 0 ? (series[i - 1] as PricePoint) : null;
      if (!previous && point.effectiveFrom === release) {
        // A figure not published at launch is no launch price.
        if (launchOk && point.value !== null) launch.push(move(entry, figure, point, null));
        return;
      }
      // A first price after an unknown release cannot be told from a launch: not a change.
      if (!previous && release === null) return;
      const moves = byDay.get(point.effectiveFrom) ?? [];
      moves.push(move(entry, figure, point, previous));
      byDay.set(point.effectiveFrom, moves);
    });
  }
  const later = [...byDay].map(([date, prices]): Draft => ({
    ...base(entry, "price", date),
    prices,
    source: prices[0]!.source,
  }));
  return { launch, later };
}

function base(entry: CatalogEntry, kind: ChangeKind, date: string) {
  return {
    entryId: entry.id,
    kind,
    date,
    modelId: entry.modelId,
    displayName: entry.displayName,
    prices: [] as PriceMove[],
    shutdownDate: null as string | null,
    replacement: null as string | null,
  };
}

function entryDrafts(entry: CatalogEntry, byId: ReadonlyMap<string, CatalogEntry>): Draft[] {
  const drafts: Draft[] = [];
  const { launch, later } = priceDrafts(entry, byId);
  const release = entry.releaseDate;
  if (release.value) {
    drafts.push({
      ...base(entry, "release", release.value),
      prices: launch,
      source: sourceOf(entry, release.source),
      ...(release.note ? { note: release.note } : {}),
    });
  }
  drafts.push(...later);
  const lc = entry.lifecycle;
  const lcSource = sourceOf(entry, lc.source);
  if (lc.noticeDate) {
    drafts.push({ ...base(entry, "notice", lc.noticeDate), shutdownDate: lc.shutdownDate, source: lcSource });
  }
  if (lc.shutdownDate) {
    drafts.push({
      ...base(entry, "shutdown", lc.shutdownDate),
      shutdownDate: lc.shutdownDate,
      replacement: lc.replacements[0]?.id ?? null,
      source: lcSource,
    });
  }
  for (const r of lc.replacements) {
    drafts.push({
      ...base(entry, "replacement", r.readOn),
      replacement: r.id,
      source: sourceOf(entry, r.source),
      ...(r.note ? { note: r.note } : {}),
    });
  }
  return drafts;
}

/** What makes two drafts of one model the same event (their IDs aside). */
function sameEventKey(d: Draft): string {
  const prices = d.prices.map((p) => [p.figure, p.from, p.to, p.source.url]);
  return JSON.stringify([d.modelId, d.kind, d.date, prices, d.shutdownDate, d.replacement, d.source.url]);
}

/**
 * A release without launch prices (an alias priced by a later snapshot) joins the release of the
 * same model on the same day that has them: gpt-4o and gpt-4o-2024-05-13 launched together.
 */
function foldUnpricedReleases(groups: Map<string, Draft[]>) {
  const releases = [...groups].filter(([, ds]) => ds[0]!.kind === "release");
  for (const [key, drafts] of releases) {
    const d = drafts[0]!;
    if (d.prices.length) continue;
    const priced = releases.filter(
      ([k, o]) => k !== key && groups.has(k) && o[0]!.prices.length > 0 && o[0]!.modelId === d.modelId && o[0]!.date === d.date,
    );
    if (priced.length !== 1) continue;
    const [targetKey, target] = priced[0]!;
    groups.set(targetKey, [...drafts, ...target]);
    groups.delete(key);
  }
}

function eventId(kind: ChangeKind, subject: string, date: string, replacement: string | null): string {
  return [kind, subject, date, ...(kind === "replacement" && replacement ? [replacement] : [])].join("/");
}

/** Newest first; the same day in KIND_ORDER, then by ID. */
export function compareEvents(a: ChangeEvent, b: ChangeEvent): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.kind !== b.kind) return KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Every event of a catalog, merged across the IDs of each model, newest first. Give it the
 * catalog as filed (loadFiledCatalog): a catalog priced for a past day has lost its later prices.
 */
export function changeEvents(catalog: readonly CatalogEntry[]): ChangeEvent[] {
  const byId = new Map(catalog.map((e) => [e.id, e]));
  // The catalog's order puts each alias before its snapshots: keep it for the IDs' order.
  const order = new Map(catalog.map((e, i) => [e.id, i]));
  const groups = new Map<string, Draft[]>();
  for (const entry of catalog) {
    for (const draft of entryDrafts(entry, byId)) {
      const key = sameEventKey(draft);
      groups.set(key, [...(groups.get(key) ?? []), draft]);
    }
  }
  foldUnpricedReleases(groups);
  const events = [...groups.values()].map((drafts): ChangeEvent => {
    const ids = [...new Set(drafts.map((d) => d.entryId))].sort((a, b) => order.get(a)! - order.get(b)!);
    const chosen = drafts.find((d) => d.prices.length) ?? drafts[0]!;
    const event = { ...chosen, id: eventId(chosen.kind, ids[0]!, chosen.date, chosen.replacement), ids };
    delete (event as Partial<Draft>).entryId;
    return event;
  });
  return events.sort(compareEvents);
}

/** Events of the given IDs: an alias or model ID also selects its snapshots' own events. */
export function eventsOf(events: readonly ChangeEvent[], ids: readonly string[]): ChangeEvent[] {
  const wanted = new Set(ids);
  return events.filter((e) => wanted.has(e.modelId) || e.ids.some((id) => wanted.has(id)));
}

/** The events of one catalog ID exactly (its model page's timeline). */
export function eventsOfEntry(events: readonly ChangeEvent[], id: string): ChangeEvent[] {
  return events.filter((e) => e.ids.includes(id));
}

/**
 * Events on or before `day` (what has happened, newest first), and after it (what is scheduled,
 * soonest first; one day's events in the same order as in the past list).
 */
export function splitByDay(events: readonly ChangeEvent[], day: string): { past: ChangeEvent[]; scheduled: ChangeEvent[] } {
  const scheduled = events
    .filter((e) => e.date > day)
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : compareEvents(a, b)));
  return { past: events.filter((e) => e.date <= day), scheduled };
}
