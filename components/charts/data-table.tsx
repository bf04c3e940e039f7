"use client";

import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { nextSort, type TableSort } from "@/lib/charts/sort";

export type TableColumnView<R> = {
  id: string;
  header: string;
  numeric: boolean;
  /** The first column names the row (rendered as a row header). */
  cell: (row: R) => ReactNode;
  /** Hidden below the sm breakpoint (its content is repeated in the row header there). */
  wideOnly?: boolean;
};

/** A table twin: sortable headers (sort lives in the URL), rows already sorted by the caller. */
export function DataTable<R>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
}: {
  caption: string;
  columns: readonly TableColumnView<R>[];
  rows: readonly R[];
  rowKey: (row: R) => string;
  sort: TableSort | null;
  onSortChange: (next: TableSort | null) => void;
}) {
  return (
    <div className="relative overflow-x-auto rounded-md border border-zinc-200 dark:border-zinc-800">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}. Column headers sort.</caption>
        <thead className="bg-zinc-50 dark:bg-zinc-900">
          <tr>
            {columns.map((c) => {
              const dir = sort?.id === c.id ? (sort.desc ? "descending" : "ascending") : "none";
              return (
                <th
                  key={c.id}
                  scope="col"
                  aria-sort={dir}
                  className={cn("whitespace-nowrap px-3 py-2 font-medium", c.numeric && "text-right", c.wideOnly && "hidden sm:table-cell")}
                >
                  <button
                    type="button"
                    onClick={() => onSortChange(nextSort(sort, c.id, c.numeric))}
                    className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:bg-zinc-200 dark:hover:bg-zinc-800"
                  >
                    {c.header}
                    <SortIcon dir={dir} />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-6 text-center text-zinc-600 dark:text-zinc-400">
                No model to show.
              </td>
            </tr>
          ) : null}
          {rows.map((r) => (
            <tr key={rowKey(r)} className="border-t border-zinc-200 align-top dark:border-zinc-800">
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.id} scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-normal dark:bg-zinc-900">
                    {c.cell(r)}
                  </th>
                ) : (
                  <td key={c.id} className={cn("px-3 py-2", c.numeric && "text-right tabular-nums", c.wideOnly && "hidden sm:table-cell")}>
                    {c.cell(r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function SortIcon({ dir }: { dir: "ascending" | "descending" | "none" }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className={cn("size-3", dir !== "none" ? "text-sky-700 dark:text-sky-300" : "text-zinc-400")}>
      {dir === "ascending" ? (
        <path d="M6 2l4 6H2z" fill="currentColor" />
      ) : dir === "descending" ? (
        <path d="M6 10L2 4h8z" fill="currentColor" />
      ) : (
        <path d="M6 1l3 4H3zM6 11L3 7h6z" fill="currentColor" />
      )}
    </svg>
  );
}
