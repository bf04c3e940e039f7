/**
 * Several pages and files add up; the same bucket loaded twice (same times, same figures:
 * a page saved twice, a file loaded twice, overlapping exports) counts once.
 */
import { Dec } from "@/lib/cost/decimal";

import { CellMap } from "./cells";
import type { CostBucket, UsageBucket } from "./collect";
import { dayOf } from "./numbers";
import type { CostLine, CostsData, ImportStats, Period, UsageData, UsageDay, UsageReports } from "./types";

type Bucketish = { start: number; end: number; page: string | null; fingerprint: string };

type Deduped<B> = { kept: B[]; duplicateBuckets: number; duplicatePages: number; overlappingBuckets: number };

export function dedupe<B extends Bucketish>(buckets: readonly B[]): Deduped<B> {
  const seen = new Map<string, Set<string>>();
  const pages = new Map<string, { total: number; dropped: number }>();
  const kept: B[] = [];
  let duplicateBuckets = 0;
  for (const b of buckets) {
    const times = `${b.start}|${b.end}`;
    let prints = seen.get(times);
    if (!prints) seen.set(times, (prints = new Set()));
    const page = b.page === null ? null : (pages.get(b.page) ?? pages.set(b.page, { total: 0, dropped: 0 }).get(b.page)!);
    if (page) page.total++;
    if (prints.has(b.fingerprint)) {
      duplicateBuckets++;
      if (page) page.dropped++;
      continue;
    }
    prints.add(b.fingerprint);
    kept.push(b);
  }
  // Kept buckets that share time with another (two projects exported apart, or the same hours
  // exported by day and by hour) are all added up; the count lets the page say so.
  let overlappingBuckets = 0;
  let reach = -Infinity;
  for (const b of [...kept].sort((x, y) => x.start - y.start || x.end - y.end)) {
    if (b.start < reach) overlappingBuckets++;
    reach = Math.max(reach, b.end);
  }
  const duplicatePages = [...pages.values()].filter((p) => p.total > 0 && p.dropped === p.total).length;
  return { kept, duplicateBuckets, duplicatePages, overlappingBuckets };
}

function periodOf(buckets: readonly { start: number; end: number }[]): Period | null {
  if (buckets.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const b of buckets) {
    start = Math.min(start, b.start);
    end = Math.max(end, b.end);
  }
  return { start, end };
}

export type UsageFileParts = { buckets: UsageBucket[]; pages: number; records: number; reports: UsageReports };

/** null when a total would pass 2^53 (the caller says so). */
export function mergeUsage(files: readonly UsageFileParts[]): UsageData | null {
  const d = dedupe(files.flatMap((f) => f.buckets));
  const total = new CellMap();
  const days = new Map<number, CellMap>();
  for (const b of d.kept) {
    const day = dayOf(b.start);
    let map = days.get(day);
    if (!map) days.set(day, (map = new CellMap()));
    for (const c of b.cells) if (!total.addCell(c) || !map.addCell(c)) return null;
  }
  const reports: UsageReports = { batch: false, serviceTier: false, cacheWrite: false, imageTokens: false };
  for (const f of files) for (const k of Object.keys(reports) as (keyof UsageReports)[]) reports[k] ||= f.reports[k];
  const daily: UsageDay[] = [...days.entries()].sort(([a], [b]) => a - b).map(([day, map]) => ({ day, cells: map.cells() }));
  return {
    aggregate: { period: periodOf(d.kept), cells: total.cells(), reports },
    daily,
    stats: stats(files, d),
  };
}

function stats(files: readonly { pages: number; records: number }[], d: Deduped<unknown>): ImportStats {
  return {
    files: files.length,
    pages: files.reduce((s, f) => s + f.pages, 0),
    records: files.reduce((s, f) => s + f.records, 0),
    buckets: d.kept.length,
    duplicateBuckets: d.duplicateBuckets,
    duplicatePages: d.duplicatePages,
    overlappingBuckets: d.overlappingBuckets,
  };
}

export type CostFileParts = { buckets: CostBucket[]; pages: number; records: number; currency: string | null };

type OpenLine = {
  amount: Dec;
  quantity: Dec;
  quantityKnown: boolean;
  quantityUnit: string | null;
  daily: Map<number, { amount: Dec; quantity: Dec | null }>;
};

/** The currency is checked by the caller (one currency per import). */
export function mergeCosts(files: readonly CostFileParts[], currency: string): CostsData {
  const d = dedupe(files.flatMap((f) => f.buckets));
  const lines = new Map<string, OpenLine>();
  for (const b of d.kept) {
    const day = dayOf(b.start);
    for (const l of b.lines) {
      let line = lines.get(l.lineItem);
      if (!line) {
        lines.set(
          l.lineItem,
          (line = {
            amount: new Dec(0),
            quantity: new Dec(0),
            quantityKnown: true,
            quantityUnit: l.quantityUnit,
            daily: new Map(),
          }),
        );
      }
      line.amount = line.amount.add(l.amount);
      if (l.quantity === null) line.quantityKnown = false;
      else line.quantity = line.quantity.add(l.quantity);
      line.quantityUnit ??= l.quantityUnit;
      const today = line.daily.get(day) ?? { amount: new Dec(0), quantity: new Dec(0) };
      today.amount = today.amount.add(l.amount);
      today.quantity = l.quantity === null || today.quantity === null ? null : today.quantity.add(l.quantity);
      line.daily.set(day, today);
    }
  }
  const out: CostLine[] = [...lines.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([lineItem, l]) => ({
      lineItem,
      amount: l.amount.toFixed(),
      quantity: l.quantityKnown ? l.quantity.toFixed() : null,
      quantityUnit: l.quantityUnit,
      daily: [...l.daily.entries()]
        .sort(([a], [b]) => a - b)
        .map(([day, v]) => ({ day, amount: v.amount.toFixed(), quantity: v.quantity ? v.quantity.toFixed() : null })),
    }));
  return {
    currency,
    period: periodOf(d.kept),
    lines: out,
    total: out.reduce((s, l) => s.add(l.amount), new Dec(0)).toFixed(),
    stats: stats(files, d),
  };
}
