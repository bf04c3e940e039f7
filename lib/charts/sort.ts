/** Sorting for the table twins: stable, and missing values last in both directions. */
export type SortValue = number | string | null;
export type TableSort = { id: string; desc: boolean };

export function compareValues(a: SortValue, b: SortValue, desc: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const order = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), "en");
  return desc ? -order : order;
}

/** Returns a sorted copy; without a sort (or with an unknown column) the rows keep chart order. */
export function sortRows<R>(
  rows: readonly R[],
  columns: readonly { id: string; sortValue: (r: R) => SortValue }[],
  sort: TableSort | null,
): R[] {
  const col = sort ? columns.find((c) => c.id === sort.id) : undefined;
  if (!sort || !col) return [...rows];
  return rows
    .map((r, i) => ({ r, i }))
    .sort((x, y) => compareValues(col.sortValue(x.r), col.sortValue(y.r), sort.desc) || x.i - y.i)
    .map(({ r }) => r);
}

/** Header click: none → ascending (descending first for numbers) → the other way → chart order. */
export function nextSort(current: TableSort | null, id: string, numeric: boolean): TableSort | null {
  if (!current || current.id !== id) return { id, desc: numeric };
  if (current.desc === numeric) return { id, desc: !numeric };
  return null;
}
