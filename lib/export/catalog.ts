/**
 * The catalog view's export: the rows in the order the table shows them (filters, sort,
 * expanded snapshots) and the visible columns, with units in the headers.
 *
 * `sortCatalogGroups` reproduces the table's sorting (TanStack Table's sorted row model with the
 * column definitions of components/catalog/columns.tsx: same values, same sort functions,
 * unknowns last in both directions, row order as the tie-break); a unit test checks it against
 * the rendered table for random sort states.
 */
import { sortFn_alphanumeric } from "@tanstack/react-table";

import { groupByStanding } from "@/lib/catalog/headline";
import { STATUS_LABEL, STATUS_SORT_ORDER as STATUS_ORDER } from "@/lib/catalog/lifecycle";
import type { CatalogRow } from "@/lib/catalog/rows";
import type { CatalogColumn, SortItem } from "@/lib/url/catalog";

import { ISO_DATE, USD_PER_1M, type ExportColumn, type ExportTable, type ExportValue } from "./table";

/** The lifecycle column sorts by urgency, as in the table. */

type SortSpec = { value: (r: CatalogRow) => string | number | undefined; fn: "basic" | "alphanumeric"; undefinedLast: boolean };
const basic = (value: SortSpec["value"]): SortSpec => ({ value, fn: "basic", undefinedLast: true });
const bool = (b: boolean | undefined) => (b === undefined ? undefined : Number(b));

const CATALOG_SORT: Record<CatalogColumn, SortSpec> = {
  model: { value: (r) => r.id, fn: "alphanumeric", undefinedLast: false },
  family: { value: (r) => r.family, fn: "alphanumeric", undefinedLast: false },
  status: basic((r) => STATUS_ORDER[r.status]),
  input: basic((r) => r.input),
  cached: basic((r) => r.cachedInput),
  output: basic((r) => r.output),
  context: basic((r) => r.contextWindow),
  maxOutput: basic((r) => r.maxOutput),
  image: basic((r) => bool(r.imageInput)),
  reasoning: basic((r) => bool(r.reasoning)),
  mmlu: basic((r) => r.mmlu),
  gpqa: basic((r) => r.gpqa),
  speed: basic((r) => r.tokensPerSecond),
  released: { value: (r) => r.releaseDate, fn: "alphanumeric", undefinedLast: true },
  cutoff: { value: (r) => r.knowledgeCutoff, fn: "alphanumeric", undefinedLast: true },
};

type Cell = { getValue: () => unknown };
const alphanumeric = (a: unknown, b: unknown) =>
  (sortFn_alphanumeric as unknown as (a: Cell, b: Cell, id: string) => number)({ getValue: () => a }, { getValue: () => b }, "v");
const compareBasic = (a: unknown, b: unknown) => (a === b ? 0 : (a as number) > (b as number) ? 1 : -1);

function compareRows(a: CatalogRow, b: CatalogRow, ia: number, ib: number, sort: SortItem[]): number {
  for (const s of sort) {
    const spec = CATALOG_SORT[s.id];
    if (!spec) continue;
    const va = spec.value(a);
    const vb = spec.value(b);
    if (spec.undefinedLast) {
      if (va === undefined && vb === undefined) continue;
      // Unknowns go last whatever the direction (the table's `sortUndefined: "last"`).
      if (va === undefined || vb === undefined) return va === undefined ? 1 : -1;
    }
    let n = spec.fn === "basic" ? compareBasic(va, vb) : alphanumeric(va, vb);
    if (n !== 0) {
      if (s.desc) n *= -1;
      return n;
    }
  }
  return ia - ib;
}

function sortRows(rows: CatalogRow[], sort: SortItem[]): CatalogRow[] {
  const indexed = rows.map((r, i) => ({ r, i }));
  indexed.sort((x, y) => compareRows(x.r, y.r, x.i, y.i, sort));
  return indexed.map(({ r }) => (r.snapshots ? { ...r, snapshots: sortRows(r.snapshots, sort) } : r));
}

/** Groups (aliases with nested snapshots) sorted as the table sorts them; snapshots sorted within. */
export function sortCatalogGroups(groups: CatalogRow[], sort: SortItem[]): CatalogRow[] {
  return sort.length ? sortRows(groups, sort) : groups;
}

/**
 * Groups in the table's order: by lifecycle standing first (callable, retiring, gone), the sort
 * within each, unless the view is flat (one list in sort order).
 */
export function orderCatalogGroups(groups: CatalogRow[], sort: SortItem[], flat: boolean): CatalogRow[] {
  const sorted = sortCatalogGroups(groups, sort);
  return flat ? sorted : groupByStanding(sorted, (r) => r.standing).flatMap((g) => g.items);
}

/** The rows the table shows, top to bottom: each group, then its snapshots when expanded. */
export function catalogVisibleRows(
  groups: CatalogRow[],
  sort: SortItem[],
  expanded: readonly string[],
  flat: boolean,
): CatalogRow[] {
  const out: CatalogRow[] = [];
  for (const g of orderCatalogGroups(groups, sort, flat)) {
    out.push(g);
    if (g.snapshots && expanded.includes(g.id)) out.push(...g.snapshots);
  }
  return out;
}

type ColumnExport = { columns: ExportColumn[]; values: (r: CatalogRow) => ExportValue[] };
const one = (key: string, label: string, unit: string | null, value: (r: CatalogRow) => ExportValue): ColumnExport => ({
  columns: [{ key, label, unit }],
  values: (r) => [value(r)],
});
const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** How each visible column is exported. The lifecycle cell also shows a date and a replacement: so does the file. */
export const CATALOG_EXPORT: Record<CatalogColumn, ColumnExport> = {
  model: {
    columns: [
      { key: "id", label: "Model ID" },
      { key: "kind", label: "ID type", unit: "alias/snapshot/model" },
      { key: "aliasOf", label: "Snapshot of" },
    ],
    values: (r) => [r.id, r.kind, r.aliasId],
  },
  family: one("family", "Family", null, (r) => r.family),
  status: {
    columns: [
      { key: "status", label: "Lifecycle" },
      { key: "shutdownDate", label: "Shutdown date", unit: ISO_DATE },
      { key: "replacement", label: "Replacement" },
    ],
    values: (r) => [STATUS_LABEL[r.status], r.shutdownDate, r.replacement],
  },
  input: one("input", "Input price", USD_PER_1M, (r) => orNull(r.input)),
  cached: one("cachedInput", "Cached input price", USD_PER_1M, (r) => orNull(r.cachedInput)),
  output: one("output", "Output price", USD_PER_1M, (r) => orNull(r.output)),
  context: one("contextWindow", "Context window", "tokens", (r) => orNull(r.contextWindow)),
  maxOutput: one("maxOutput", "Max output", "tokens", (r) => orNull(r.maxOutput)),
  image: one("imageInput", "Image input", "yes/no", (r) => orNull(r.imageInput)),
  reasoning: one("reasoning", "Reasoning", "yes/no", (r) => orNull(r.reasoning)),
  mmlu: one("mmlu", "MMLU", "%", (r) => orNull(r.mmlu)),
  gpqa: one("gpqa", "GPQA Diamond", "%", (r) => orNull(r.gpqa)),
  speed: one("tokensPerSecond", "Output speed", "tokens/s", (r) => orNull(r.tokensPerSecond)),
  released: one("releaseDate", "Released", ISO_DATE, (r) => orNull(r.releaseDate)),
  cutoff: one("knowledgeCutoff", "Knowledge cutoff", "YYYY-MM(-DD)", (r) => orNull(r.knowledgeCutoff)),
};

/** The export of the visible rows and columns, columns in table order ("model" always first). */
export function catalogExportTable(
  rows: CatalogRow[],
  visible: readonly CatalogColumn[],
  order: readonly CatalogColumn[],
): ExportTable {
  const cols = order.filter((c) => c === "model" || visible.includes(c)).map((c) => CATALOG_EXPORT[c]);
  const columns = cols.flatMap((c) => c.columns);
  return {
    columns,
    rows: rows.map((r) => {
      const values = cols.flatMap((c) => c.values(r));
      return Object.fromEntries(columns.map((c, i) => [c.key, values[i] ?? null]));
    }),
  };
}
