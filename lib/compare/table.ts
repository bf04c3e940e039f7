/**
 * The compare table: 2–4 catalog entries → one row per catalog field, each row knowing whether
 * its values differ and which cell holds the best value. Pure (today and the workload are
 * passed in); runs on the server, the client only renders and filters the rows. The rows
 * themselves are declared in specs.ts.
 */
import { effectiveStatus } from "@/lib/catalog/lifecycle";
import type { CatalogEntry } from "@/lib/catalog/types";

import { compareSpecs, type CompareContext, type RawCell } from "./specs";
import type { CompareCell, CompareModel, CompareRow, CompareTable, ExportValue } from "./types";

/**
 * Marks the best cells: only where at least two models that can still be called have a figure
 * and the figures are not all equal (a lone figure is not "best", it is the only one). Shut-down
 * models are never marked best: the product must not steer anyone to them.
 */
export function markBest(cells: RawCell[], better: CompareRow["better"], eligible: boolean[]): boolean[] {
  const none = cells.map(() => false);
  if (!better) return none;
  const ranked = cells.map((c, i) => (eligible[i] && c.rank !== null ? c.rank : null));
  const known = ranked.filter((r): r is number => r !== null);
  if (known.length < 2) return none;
  const target = better === "lower" ? Math.min(...known) : Math.max(...known);
  if (known.every((r) => r === target)) return none;
  return ranked.map((r) => r === target);
}

/** Values differ when any two cells export different values (a missing figure differs from a figure). */
export function valuesDiffer(cells: { value: ExportValue }[]): boolean {
  const first = JSON.stringify(cells[0]?.value ?? null);
  return cells.some((c) => JSON.stringify(c.value) !== first);
}

function toCompareModel(e: CatalogEntry, ctx: Pick<CompareContext, "today" | "knownIds">): CompareModel {
  const replacement = e.lifecycle.replacements[0]?.id ?? null;
  return {
    id: e.id,
    displayName: e.displayName,
    kind: e.kind,
    aliasId: e.aliasId,
    resolvesTo: e.resolvesTo,
    size: e.size,
    status: effectiveStatus(e.lifecycle, ctx.today),
    shutdownDate: e.lifecycle.shutdownDate,
    replacement,
    replacementInCatalog: replacement !== null && ctx.knownIds.has(replacement),
  };
}

export function buildCompareTable(entries: CatalogEntry[], ctx: CompareContext): CompareTable {
  const models = entries.map((e) => toCompareModel(e, ctx));
  const eligible = models.map((m) => m.status !== "shutdown");
  const specs = compareSpecs(entries, ctx);
  const rows: CompareRow[] = specs.map((spec) => {
    const raw = entries.map((e) => spec.cell(e));
    const best = markBest(raw, spec.better, eligible);
    const cells: CompareCell[] = raw.map((c, i) => ({
      text: c.text,
      value: c.value,
      best: best[i] ?? false,
      ...(c.note ? { note: c.note } : {}),
    }));
    return {
      key: spec.key,
      section: spec.section,
      label: spec.label,
      unit: spec.unit,
      better: spec.better,
      differs: valuesDiffer(cells),
      cells,
    };
  });
  return { models, rows };
}
