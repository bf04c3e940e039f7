"use client";

import {
  useTable,
  type Cell,
  type ExpandedState,
  type Row,
  type RowSelectionState,
  type SortingState,
  type Updater,
} from "@tanstack/react-table";
import { memo, useMemo, type ReactNode } from "react";

import { checkboxVariants } from "@/components/ui/checkbox";
import { linkVariants } from "@/components/ui/link";
import { panelVariants } from "@/components/ui/panel";
import { SortableHeader } from "@/components/ui/sortable-header";
import { groupByStanding, STANDING_LABEL, type Standing } from "@/lib/catalog/headline";
import type { CatalogRow } from "@/lib/catalog/rows";
import { cn } from "@/lib/cn";
import { formatCount, formatNumber } from "@/lib/format";
import { CATALOG_COLUMNS, type CatalogColumn, type SortItem } from "@/lib/url/catalog";
import { MAX_COMPARED } from "@/lib/url/compare";

import { catalogColumns, COLUMN_LABELS } from "./columns";
import {
  BODY_CLASS,
  dataCellClass,
  HEAD_CLASS,
  HEAD_ROW_CLASS,
  MODEL_CELL_CLASS,
  MODEL_HEAD_CLASS,
  ROW_BACKGROUND,
  ROW_CLASS,
  rowTone,
  SELECT_CELL_CLASS,
  SELECT_HEAD_CLASS,
  SNAPSHOT_ROW_CLASS,
  TABLE_CLASS,
} from "./row-style";
import { catalogFeatures } from "./table-features";

/** Why a checkbox is off (its tooltip and accessible description); the view says it too. */
export const SELECTION_FULL = `Compare shows at most ${MAX_COMPARED} models: clear one to choose another.`;

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
  /** Rows rendered at most (the sort still covers every row); undefined renders all. */
  limit?: number;
  onShowAll?: () => void;
  /** Rows in lifecycle groups (callable, retiring, gone), each its own tbody with a header row. */
  grouped?: boolean;
  /** Said under "No model matches these filters." when the filters contradict each other. */
  emptyHint?: string;
};

export function CatalogTable({
  rows,
  sort,
  onSortChange,
  visible,
  selected,
  onSelectedChange,
  expanded,
  onExpandedChange,
  limit,
  onShowAll,
  grouped = false,
  emptyHint,
}: Props) {
  const sorting: SortingState = useMemo(() => sort.map((s) => ({ id: s.id, desc: s.desc })), [sort]);
  const columnVisibility = useMemo(
    () => Object.fromEntries(CATALOG_COLUMNS.map((c) => [c, c === "model" || visible.includes(c)])),
    [visible],
  );
  const rowSelection: RowSelectionState = useMemo(
    () => Object.fromEntries(selected.map((id) => [id, true as const])),
    [selected],
  );
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
    // Compare shows at most MAX_COMPARED models: once that many are chosen, only they can change.
    enableRowSelection: (row) => selected.length < MAX_COMPARED || selected.includes(row.id),
    // Expanded aliases live in the URL: never let a data change (a filter) reset them.
    autoResetExpanded: false,
    onSortingChange: (u) => onSortChange(resolve(u, sorting).map((s) => ({ id: s.id as CatalogColumn, desc: s.desc }))),
    onRowSelectionChange: (u) => onSelectedChange(Object.keys(resolve(u, rowSelection))),
    onExpandedChange: (u) => {
      const next = resolve(u, expandedState);
      onExpandedChange(
        next === true ? rows.filter((r) => r.snapshots).map((r) => r.id) : Object.keys(next).filter((k) => next[k]),
      );
    },
  });

  const sorted = table.getRowModel().rows;
  // A snapshot row (depth > 0) stays with its alias's group.
  const standingOf = (row: (typeof sorted)[number]) => (row.depth === 0 ? row.original.standing : null);
  const groups = grouped ? groupByStanding(sorted, standingOf) : [];
  const allRows = grouped ? groups.flatMap((g) => g.items) : sorted;
  const shown = limit !== undefined && allRows.length > limit ? allRows.slice(0, limit) : allRows;
  const sections: { standing: Standing | null; rows: typeof shown }[] = grouped
    ? groupByStanding(shown, standingOf).map((g) => ({ standing: g.standing, rows: g.items }))
    : shown.length
      ? [{ standing: null, rows: shown }]
      : [];
  const modelCount = (s: Standing) => groups.find((g) => g.standing === s)?.items.filter((r) => r.depth === 0).length ?? 0;
  const visibleKey = visible.join(",");
  const columnCount = table.getVisibleLeafColumns().length;

  return (
    <>
      <div className={panelVariants({ className: "relative overflow-x-auto" })}>
        <table className={TABLE_CLASS}>
          <caption className="sr-only">
            OpenAI model IDs with standard-tier prices per 1M tokens, limits, capabilities and lifecycle. Column headers sort;
            Shift adds a second sort.
          </caption>
          <thead className={HEAD_CLASS}>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} className={HEAD_ROW_CLASS}>
                {group.headers.map((header) => {
                  const col = header.column;
                  const dir = col.getIsSorted();
                  const label = COLUMN_LABELS[col.id as CatalogColumn];
                  if (col.id === "select") {
                    return (
                      <th key={header.id} scope="col" className={SELECT_HEAD_CLASS}>
                        <span className="sr-only">Select for comparison</span>
                      </th>
                    );
                  }
                  const index = col.getSortIndex();
                  return (
                    <SortableHeader
                      key={header.id}
                      label={label}
                      dir={dir}
                      onSort={col.getToggleSortingHandler() ?? (() => {})}
                      title="Sort (Shift+click to add a secondary sort)"
                      className={cn(col.id === "model" && MODEL_HEAD_CLASS, "max-sm:shrink-0")}
                      extra={
                        dir && sorting.length > 1 ? (
                          <span className="text-[10px] text-fg-subtle" aria-label={`sort priority ${index + 1}`}>
                            {index + 1}
                          </span>
                        ) : null
                      }
                    />
                  );
                })}
              </tr>
            ))}
          </thead>
          {allRows.length === 0 ? (
            <tbody className={BODY_CLASS}>
              <tr>
                <td colSpan={columnCount} className="px-3 py-8 text-center text-fg-subtle">
                  No model matches these filters.
                  {emptyHint ? <span className="mt-1 block text-fg-muted">{emptyHint}</span> : null}
                </td>
              </tr>
            </tbody>
          ) : null}
          {sections.map((section) => (
            <tbody key={section.standing ?? "all"} className={BODY_CLASS}>
              {section.standing ? (
                <tr className="border-t-2 border-line-strong max-sm:block">
                  <th
                    scope="colgroup"
                    colSpan={columnCount}
                    className="bg-surface px-3 pt-4 pb-1 text-left text-xs font-semibold text-fg-muted max-sm:block"
                  >
                    <span className="sticky left-3">{`${STANDING_LABEL[section.standing]} · ${formatCount(modelCount(section.standing), "model")}`}</span>
                  </th>
                </tr>
              ) : null}
              {section.rows.map((row) => (
                <BodyRow
                  key={row.id}
                  row={row}
                  isSelected={row.getIsSelected()}
                  canSelect={row.getCanSelect()}
                  isExpanded={row.getIsExpanded()}
                  visibleKey={visibleKey}
                />
              ))}
            </tbody>
          ))}
        </table>
      </div>
      {shown.length < allRows.length ? (
        <p className="flex flex-wrap items-center gap-3 text-sm text-fg-muted">
          Showing the first {formatNumber(shown.length, 0)} of {formatNumber(allRows.length, 0)} rows in this order.
          <button type="button" onClick={onShowAll} className={linkVariants()}>
            Show all {formatNumber(allRows.length, 0)} rows
          </button>
        </p>
      ) : null}
    </>
  );
}

/**
 * A cell's content, from calling its renderer as a plain function. Every catalog renderer is a
 * pure function of the row (no hooks), so this skips the two component layers `FlexRender` adds
 * per cell (itself and the renderer): about a fifth of the fibers a 50-row re-sort mounts.
 */
function cellContent(cell: Cell<typeof catalogFeatures, CatalogRow, unknown>): ReactNode {
  const render = cell.column.columnDef.cell;
  if (typeof render === "function") return render(cell.getContext());
  return render ?? (cell.renderValue() as ReactNode);
}

type BodyRowProps = {
  row: Row<typeof catalogFeatures, CatalogRow>;
  isSelected: boolean;
  /** False once MAX_COMPARED other rows are selected. */
  canSelect: boolean;
  isExpanded: boolean;
  /** Visible columns as a string: a change re-renders every row, a re-sort re-renders none. */
  visibleKey: string;
};

/**
 * One body row, memoized: sorting only moves rows, so React re-renders none of them (with
 * hundreds of rows, re-rendering every cell was most of a sort's scripting time).
 */
const BodyRow = memo(function BodyRow({ row, isSelected, canSelect, isExpanded }: BodyRowProps) {
  const r = row.original;
  const isSnapshot = row.depth > 0;
  return (
    <tr
      className={cn(
        ROW_CLASS,
        ROW_BACKGROUND[rowTone({ status: r.status, isSnapshot, isSelected })],
        isSnapshot && SNAPSHOT_ROW_CLASS,
      )}
      aria-selected={isSelected}
    >
      {row.getVisibleCells().map((cell) => {
        const id = cell.column.id;
        if (id === "select") {
          return (
            <td key={cell.id} className={SELECT_CELL_CLASS}>
              <input
                type="checkbox"
                className={checkboxVariants()}
                checked={isSelected}
                disabled={!canSelect}
                title={canSelect ? undefined : SELECTION_FULL}
                onChange={row.getToggleSelectedHandler()}
                aria-label={`Select ${r.id} for comparison`}
              />
            </td>
          );
        }
        return (
          <td
            key={cell.id}
            className={id === "model" ? cn(MODEL_CELL_CLASS, isSnapshot && "pl-8") : dataCellClass(id)}
            data-label={id === "model" ? undefined : COLUMN_LABELS[id as CatalogColumn]}
          >
            {cellContent(cell)}
            {id === "model" && row.getCanExpand() ? (
              <button
                type="button"
                onClick={row.getToggleExpandedHandler()}
                aria-expanded={isExpanded}
                className={linkVariants({ weight: "normal", className: "mt-1 block text-left text-xs" })}
              >
                {`${isExpanded ? "Hide" : "Show"} ${row.subRows.length} dated snapshot${row.subRows.length === 1 ? "" : "s"}`}
                <span className="sr-only">{` of ${r.id}`}</span>
              </button>
            ) : null}
          </td>
        );
      })}
    </tr>
  );
});
