"use client";

import type { ReactNode } from "react";

import { panelVariants } from "@/components/ui/panel";
import { SortableHeader } from "@/components/ui/sortable-header";
import { nextSort, type TableSort } from "@/lib/charts/sort";
import { cn } from "@/lib/cn";

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
    <div className={panelVariants({ className: "relative overflow-x-auto" })}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}. Column headers sort.</caption>
        <thead className="bg-surface-muted">
          <tr>
            {columns.map((c) => (
              <SortableHeader
                key={c.id}
                label={c.header}
                dir={sort?.id === c.id ? (sort.desc ? "desc" : "asc") : false}
                onSort={() => onSortChange(nextSort(sort, c.id, c.numeric))}
                className={cn(c.numeric && "text-right", c.wideOnly && "hidden sm:table-cell")}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="px-3 py-6 text-center text-fg-subtle">
                No model to show.
              </td>
            </tr>
          ) : null}
          {rows.map((r) => (
            <tr key={rowKey(r)} className="border-t border-line align-top">
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.id} scope="row" className="sticky left-0 bg-surface-raised px-3 py-2 text-left font-normal">
                    {c.cell(r)}
                  </th>
                ) : (
                  <td
                    key={c.id}
                    className={cn("px-3 py-2", c.numeric && "text-right tabular-nums", c.wideOnly && "hidden sm:table-cell")}
                  >
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
