/**
 * Adding up usage records into cells (one per model and tier). Sums stay exact: a total that
 * would pass 2^53 is refused rather than rounded.
 */
import { compareTiers } from "./tiers";
import type { TokenCounts, UsageCell, UsageTier } from "./types";

export const COUNT_FIELDS = [
  "requests",
  "uncachedInput",
  "cachedInput",
  "cacheWriteInput",
  "output",
  "imageInput",
] as const satisfies readonly (keyof TokenCounts)[];

/** Shown for records whose model field is empty (the export was not grouped by model). */
export const NO_MODEL = "(model not given)";

export function zeroCounts(): TokenCounts {
  return { requests: 0, uncachedInput: 0, cachedInput: 0, cacheWriteInput: 0, output: 0, imageInput: 0 };
}

const MAX = Number.MAX_SAFE_INTEGER;

/** Adds `b` into `a`; false (and `a` unchanged) when a total would stop being exact. */
export function addCounts(a: TokenCounts, b: TokenCounts): boolean {
  // Unrolled: it runs for every record. Counts are whole and ≥ 0, so a sum is exact up to 2^53 − 1.
  const requests = a.requests + b.requests;
  const uncachedInput = a.uncachedInput + b.uncachedInput;
  const cachedInput = a.cachedInput + b.cachedInput;
  const cacheWriteInput = a.cacheWriteInput + b.cacheWriteInput;
  const output = a.output + b.output;
  const imageInput = a.imageInput + b.imageInput;
  if (requests > MAX || uncachedInput > MAX || cachedInput > MAX || cacheWriteInput > MAX || output > MAX || imageInput > MAX)
    return false;
  a.requests = requests;
  a.uncachedInput = uncachedInput;
  a.cachedInput = cachedInput;
  a.cacheWriteInput = cacheWriteInput;
  a.output = output;
  a.imageInput = imageInput;
  return true;
}

/** The counts of a cell, without its model and tier. */
export function countsOf(c: TokenCounts): TokenCounts {
  return {
    requests: c.requests,
    uncachedInput: c.uncachedInput,
    cachedInput: c.cachedInput,
    cacheWriteInput: c.cacheWriteInput,
    output: c.output,
    imageInput: c.imageInput,
  };
}

export function totalTokens(c: TokenCounts): number {
  return c.uncachedInput + c.cachedInput + c.cacheWriteInput + c.output;
}

export function cellKey(model: string, tier: UsageTier): string {
  return `${model}\u0000${tier}`;
}

export function compareCells(a: UsageCell, b: UsageCell): number {
  return a.model < b.model ? -1 : a.model > b.model ? 1 : compareTiers(a.tier, b.tier);
}

/** Cells keyed by model and tier, summing as records arrive. */
export class CellMap {
  private readonly map = new Map<string, UsageCell>();

  /** false when a total would pass 2^53. */
  add(model: string, tier: UsageTier, counts: TokenCounts): boolean {
    const key = cellKey(model, tier);
    let cell = this.map.get(key);
    if (!cell) this.map.set(key, (cell = { model, tier, ...zeroCounts() }));
    return addCounts(cell, counts);
  }

  addCell(cell: UsageCell): boolean {
    return this.add(cell.model, cell.tier, cell);
  }

  get size(): number {
    return this.map.size;
  }

  /** Sorted copies (callers may keep adding to the map). */
  cells(): UsageCell[] {
    return [...this.map.values()].map((c) => ({ ...c })).sort(compareCells);
  }
}

/** The same cells always give the same text, whatever order their records came in. */
export function cellsFingerprint(cells: readonly UsageCell[]): string {
  return cells.map((c) => `${c.model}\u0001${c.tier}\u0001${COUNT_FIELDS.map((f) => c[f]).join(",")}`).join("\u0002");
}
