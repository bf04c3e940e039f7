"use client";

import { useMemo } from "react";
import { useTable, type ExpandedState, type RowSelectionState, type SortingState, type Updater } from "@tanstack/react-table";
import { cn } from "@/lib/cn";
import type { CatalogRow } from "@/lib/catalog/rows";
import { CATALOG_COLUMNS, type CatalogColumn, type SortItem } from "@/lib/url/catalog";
import { catalogColumns, COLUMN_LABELS } from "./columns";
import { catalogFeatures } from "./table-features";

const resolve = <T,>(u: Updater<T>, old: T): T => (typeof u === "function" ? (u as (o: T) => T)(old) : u);

type Props = {
  rows: CatalogRow[];
  sort: SortItem[];
  onSortChange: (next: SortItem[]) => void;
  visible: readonly CatalogColumn[];
  selected: string[];
  onSelectedChange: (next: string[]) => void;
  expanded: string[];
  onExpandedChange: (next: string[]) => void;
};

export function CatalogTable({ rows, sort, onSortChange, visible, selected, onSelectedChange, expanded, onExpandedChange }: Props) {
  const sorting: SortingState = useMemo(() => sort.map((s) => ({ id: s.id, desc: s.desc })), [sort]);
  const columnVisibility = useMemo(
    () => Object.fromEntries(CATALOG_COLUMNS.map((c) => [c, c === "model" || visible.includes(c)])),
    [visible],
  );
  const rowSelection: RowSelectionState = useMemo(() => Object.fromEntries(selected.map((id) => [id, true as const])), [selected]);
  const expandedState: ExpandedState = useMemo(() => Object.fromEntries(expanded.map((id) => [id, true])), [expanded]);

  const table = useTable({
    features: catalogFeatures,
    columns: catalogColumns,
    data: rows,
    getRowId: (r) => r.id,
    getSubRows: (r) => r.snapshots,
    state: { sorting, columnVisibility, rowSelection, expanded: expandedState },
    enableSortingRemoval: true,
    enableMultiSort: true,
    sortDescFirst: false,
    enableSubRowSelection: false,
    // Expanded aliases live in the URL: never let a data change (a filter) reset them.
    autoResetExpanded: false,
    onSortingChange: (u) =>
      onSortChange(resolve(u, sorting).map((s) => ({ id: s.id as CatalogColumn, desc: s.desc }))),
    onRowSelectionChange: (u) => onSelectedChange(Object.keys(resolve(u, rowSelection))),
    onExpandedChange: (u) => {
      const next = resolve(u, expandedState);
      onExpandedChange(next === true ? rows.filter((r) => r.snapshots).map((r) => r.id) : Object.keys(next).filter((k) => next[k]));
    },
  });

  return (
    <div className="relative overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">
          OpenAI model IDs with standard-tier prices per 1M tokens, limits, capabilities and lifecycle. Column headers sort; Shift adds a second sort.
        </caption>
        <thead className="bg-zinc-50 dark:bg-zinc-900">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const col = header.column;
                const dir = col.getIsSorted();
                const label = COLUMN_LABELS[col.id as CatalogColumn];
                if (col.id === "select") {
                  return (
                    <th key={header.id} scope="col" className="w-10 px-3 py-2">
                      <span className="sr-only">Select for comparison</span>
                    </th>
                  );
                }
                const index = col.getSortIndex();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={dir === "asc" ? "ascending" : dir === "desc" ? "descending" : "none"}
                    className={cn("whitespace-nowrap px-3 py-2 font-medium", col.id === "model" && "sticky left-0 z-10 bg-zinc-50 dark:bg-zinc-900")}
                  >
                    <button
                      type="button"
                      onClick={col.getToggleSortingHandler()}
                      className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:bg-zinc-200 dark:hover:bg-zinc-800"
                      title="Sort (Shift+click to add a secondary sort)"
                    >
                      {label}
                      <SortIcon dir={dir} />
                      {dir && sorting.length > 1 ? (
                        <span className="text-[10px] text-zinc-500" aria-label={`sort priority ${index + 1}`}>
                          {index + 1}
                        </span>
                      ) : null}
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.length === 0 ? (
            <tr>
              <td colSpan={table.getVisibleLeafColumns().length} className="px-3 py-8 text-center text-zinc-600 dark:text-zinc-400">
                No model matches these filters.
              </td>
            </tr>
          ) : null}
          {table.getRowModel().rows.map((row) => {
            const r = row.original;
            const isSnapshot = row.depth > 0;
            return (
                <tr
                  key={row.id}
                  className={cn(
                    "border-t border-zinc-200 align-top dark:border-zinc-800",
                    r.status === "shutdown" && "bg-zinc-50 text-zinc-500 dark:bg-zinc-900/50 dark:text-zinc-400",
                    isSnapshot && "bg-zinc-50/60 dark:bg-zinc-900/30",
                    row.getIsSelected() && "bg-sky-50 dark:bg-sky-950/40",
                  )}
                  aria-selected={row.getIsSelected()}
                >
                  {row.getVisibleCells().map((cell) => {
                    const id = cell.column.id;
                    if (id === "select") {
                      return (
                        <td key={cell.id} className="px-3 py-2">
                          <input
                            type="checkbox"
                            className="size-4 accent-sky-700"
                            checked={row.getIsSelected()}
                            onChange={row.getToggleSelectedHandler()}
                            aria-label={`Select ${r.id} for comparison`}
                          />
                        </td>
                      );
                    }
                    return (
                      <td
                        key={cell.id}
                        className={cn("px-3 py-2", id === "model" && "sticky left-0 bg-inherit", id === "model" && isSnapshot && "pl-8")}
                      >
                        <table.FlexRender cell={cell} />
                        {id === "model" && row.getCanExpand() ? (
                          <button
                            type="button"
                            onClick={row.getToggleExpandedHandler()}
                            aria-expanded={row.getIsExpanded()}
                            className="mt-1 block text-left text-xs text-sky-800 underline underline-offset-2 dark:text-sky-300"
                          >
                            {row.getIsExpanded() ? "Hide" : "Show"} {row.subRows.length} dated snapshot{row.subRows.length === 1 ? "" : "s"}
                            <span className="sr-only"> of {r.id}</span>
                          </button>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function SortIcon({ dir }: { dir: false | "asc" | "desc" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className={cn("size-3", dir ? "text-sky-700 dark:text-sky-300" : "text-zinc-400")}>
      {dir === "asc" ? <path d="M6 2l4 6H2z" fill="currentColor" /> : dir === "desc" ? <path d="M6 10L2 4h8z" fill="currentColor" /> : <path d="M6 1l3 4H3zM6 11L3 7h6z" fill="currentColor" />}
    </svg>
  );
}
