/**
 * Collectors: records of one file go in one at a time and come out as buckets (usage summed by
 * model and tier, costs summed by line item). Nothing keeps the records themselves, so a
 * 100,000-row export costs memory in proportion to its buckets, not its rows.
 */
import { Dec } from "@/lib/cost/decimal";

import { CellMap, cellsFingerprint, NO_MODEL } from "./cells";
import type { TokenCounts, UsageCell, UsageReports, UsageTier } from "./types";

export type UsageBucket = {
  start: number;
  end: number;
  /** "file#page" for API pages (duplicate pages are counted by it); null for CSV. */
  page: string | null;
  cells: UsageCell[];
  /** Same times and the same figures give the same fingerprint: how duplicates are found. */
  fingerprint: string;
};

export type CostBucketLine = { lineItem: string; amount: string; quantity: string | null; quantityUnit: string | null };

export type CostBucket = {
  start: number;
  end: number;
  page: string | null;
  lines: CostBucketLine[];
  fingerprint: string;
};

/** Line items the export left empty (not grouped by line item). */
export const NO_LINE_ITEM = "(no line item)";

type OpenUsageBucket = { start: number; end: number; page: string | null; cells: CellMap };

export class UsageCollector {
  private readonly open = new Map<string, OpenUsageBucket>();
  readonly reports: UsageReports = { batch: false, serviceTier: false, cacheWrite: false, imageTokens: false };
  records = 0;
  /** Records that named their model: none at all means the export was not grouped by model. */
  withModel = 0;

  /** Opens (or reopens) the bucket identified by `key`. */
  bucket(key: string, start: number, end: number, page: string | null): OpenUsageBucket {
    let b = this.open.get(key);
    if (!b) this.open.set(key, (b = { start, end, page, cells: new CellMap() }));
    return b;
  }

  /** false when a total would stop being exact. */
  add(bucket: OpenUsageBucket, model: string | null, tier: UsageTier, counts: TokenCounts): boolean {
    this.records++;
    if (model !== null) this.withModel++;
    return bucket.cells.add(model ?? NO_MODEL, tier, counts);
  }

  finish(): UsageBucket[] {
    return [...this.open.values()]
      .map((b) => {
        const cells = b.cells.cells();
        return { start: b.start, end: b.end, page: b.page, cells, fingerprint: `${b.start}|${b.end}|${cellsFingerprint(cells)}` };
      })
      .sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

type OpenCostLine = { amount: Dec; quantity: Dec | null; quantityKnown: boolean; quantityUnit: string | null };
type OpenCostBucket = { start: number; end: number; page: string | null; lines: Map<string, OpenCostLine> };

export class CostCollector {
  private readonly open = new Map<string, OpenCostBucket>();
  records = 0;
  withLineItem = 0;
  currency: string | null = null;

  bucket(key: string, start: number, end: number, page: string | null): OpenCostBucket {
    let b = this.open.get(key);
    if (!b) this.open.set(key, (b = { start, end, page, lines: new Map() }));
    return b;
  }

  add(
    bucket: OpenCostBucket,
    lineItem: string | null,
    amount: string,
    quantity: string | null,
    quantityUnit: string | null,
  ): void {
    this.records++;
    if (lineItem !== null) this.withLineItem++;
    const key = lineItem ?? NO_LINE_ITEM;
    let line = bucket.lines.get(key);
    if (!line) bucket.lines.set(key, (line = { amount: new Dec(0), quantity: null, quantityKnown: true, quantityUnit }));
    line.amount = line.amount.add(amount);
    if (quantity === null) line.quantityKnown = false;
    else line.quantity = (line.quantity ?? new Dec(0)).add(quantity);
    if (line.quantityUnit === null) line.quantityUnit = quantityUnit;
  }

  finish(): CostBucket[] {
    return [...this.open.values()]
      .map((b) => {
        const lines = [...b.lines.entries()]
          .sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0))
          .map(([lineItem, l]) => ({
            lineItem,
            amount: l.amount.toFixed(),
            quantity: l.quantityKnown && l.quantity ? l.quantity.toFixed() : null,
            quantityUnit: l.quantityUnit,
          }));
        const fingerprint = `${b.start}|${b.end}|${lines.map((l) => `${l.lineItem}\u0001${l.amount}\u0001${l.quantity}`).join("\u0002")}`;
        return { start: b.start, end: b.end, page: b.page, lines, fingerprint };
      })
      .sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
