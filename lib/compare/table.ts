/**
 * The compare table: 2–4 catalog entries → one row per catalog field, each row knowing whether
 * its values differ and which cell holds the best value. Pure (the day and the workload are
 * passed in); runs on the server, the client only renders and filters the rows. The rows
 * themselves are declared in specs.ts.
 */
import { lifecycleOn, type Standing } from "@/lib/catalog/headline";
import { replacementOn } from "@/lib/catalog/lifecycle";
import type { CatalogEntry } from "@/lib/catalog/types";

import { compareSpecs, type CompareContext, type RawCell } from "./specs";
import type { CompareCell, CompareModel, CompareRow, CompareTable, ExportValue } from "./types";

/**
 * Marks the best cells by the headline rule (lib/catalog/headline.ts): only where at least two
 * models that can still be called have a figure and the figures are not all equal (a lone figure
 * is not "best", it is the only one). "best" goes to the best figure of a model that stays
 * callable past 90 days; a better figure of a model that shuts down sooner is marked `sooner`
 * (named, never crowned). Shut-down models are never marked: the product must not steer anyone
 * to them.
 */
export function markBest(
  cells: RawCell[],
  better: CompareRow["better"],
  standings: readonly Standing[],
): { best: boolean[]; sooner: boolean[] } {
  const none = { best: cells.map(() => false), sooner: cells.map(() => false) };
  if (!better) return none;
  const rankOf = (i: number, ok: (s: Standing) => boolean) => {
    const s = standings[i];
    const r = cells[i]?.rank ?? null;
    return s !== undefined && ok(s) && r !== null ? r : null;
  };
  const top = (ranks: (number | null)[]) => {
    const known = ranks.filter((r): r is number => r !== null);
    return known.length ? (better === "lower" ? Math.min(...known) : Math.max(...known)) : null;
  };
  const callable = cells.map((_, i) => rankOf(i, (s) => s !== "gone"));
  const known = callable.filter((r): r is number => r !== null);
  if (known.length < 2 || known.every((r) => r === known[0])) return none;
  const lasting = cells.map((_, i) => rankOf(i, (s) => s === "lasting"));
  const leaving = cells.map((_, i) => rankOf(i, (s) => s === "leaving"));
  const pick = top(lasting);
  const bestLeaving = top(leaving);
  const beats = (r: number) => pick === null || (better === "lower" ? r < pick : r > pick);
  return {
    best: lasting.map((r) => r !== null && r === pick),
    sooner: leaving.map((r) => r !== null && r === bestLeaving && beats(r)),
  };
}

/** Values differ when any two cells export different values (a missing figure differs from a figure). */
export function valuesDiffer(cells: { value: ExportValue }[]): boolean {
  const first = JSON.stringify(cells[0]?.value ?? null);
  return cells.some((c) => JSON.stringify(c.value) !== first);
}

/** Benchmark rows with their group (the benchmark's name) and next to each other, first seen first; other rows as they come. */
export function groupVariants<R extends { section: string; group?: string }>(rows: readonly R[]): R[] {
  const order = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = r.group ?? `#${i}`;
    if (!order.has(key)) order.set(key, i);
  });
  return rows
    .map((r, i) => ({ r, i, g: order.get(r.group ?? `#${i}`) as number }))
    .sort((a, b) => a.g - b.g || a.i - b.i)
    .map(({ r }) => r);
}

function toCompareModel(e: CatalogEntry, ctx: Pick<CompareContext, "day" | "knownIds">): CompareModel {
  // Both as known on the day compared (lifecycle.ts): a past day shows that day's reading.
  const replacement = replacementOn(e.lifecycle, ctx.day);
  const { status, outlook } = lifecycleOn(e, ctx.day);
  return {
    id: e.id,
    displayName: e.displayName,
    kind: e.kind,
    aliasId: e.aliasId,
    resolvesTo: e.resolvesTo,
    size: e.size,
    status,
    shutdownDate: e.lifecycle.shutdownDate,
    standing: outlook.standing,
    replacement,
    replacementInCatalog: replacement !== null && ctx.knownIds.has(replacement),
  };
}

export function buildCompareTable(entries: CatalogEntry[], ctx: CompareContext): CompareTable {
  const models = entries.map((e) => toCompareModel(e, ctx));
  const standings = models.map((m) => m.standing);
  const specs = compareSpecs(entries, ctx);
  const rows: CompareRow[] = specs.map((spec) => {
    const raw = entries.map((e) => spec.cell(e));
    const { best, sooner } = markBest(raw, spec.better, standings);
    const cells: CompareCell[] = raw.map((c, i) => ({
      text: c.text,
      value: c.value,
      best: best[i] ?? false,
      ...(sooner[i] ? { sooner: true } : {}),
      ...(c.note ? { note: c.note } : {}),
    }));
    // Identity rows (each model's own name) always differ; saying so hides the differences that matter.
    const differs = spec.identity ? false : valuesDiffer(spec.sameBy ? entries.map((e) => ({ value: spec.sameBy!(e) })) : cells);
    return {
      key: spec.key,
      section: spec.section,
      label: spec.label,
      unit: spec.unit,
      better: spec.better,
      differs,
      ...(spec.group ? { group: spec.group } : {}),
      cells,
    };
  });
  return { models, rows: groupVariants(rows) };
}
