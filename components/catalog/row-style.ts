import type { CatalogRow } from "@/lib/catalog/rows";

/**
 * How a catalog row looks: its background and, under the `sm` breakpoint, a card instead of a
 * table row. One table for every width keeps one DOM and one set of accessible names; only CSS
 * changes at 375 px, where a 15-column row would hide every price behind a sideways swipe.
 */

export type RowTone = "plain" | "dimmed" | "snapshot" | "selected";

export function rowTone({
  status,
  isSnapshot,
  isSelected,
}: {
  status: CatalogRow["status"];
  isSnapshot: boolean;
  isSelected: boolean;
}): RowTone {
  if (isSelected) return "selected";
  if (status === "shutdown") return "dimmed";
  return isSnapshot ? "snapshot" : "plain";
}

/**
 * Every tone is an opaque token: the sticky Model ID cell inherits the row's background, and a
 * transparent (or translucent) one let the cells scrolling under it show through the names.
 * Hover only tints rows that are not selected, so a selected row stays recognisable.
 */
export const ROW_BACKGROUND: Record<RowTone, string> = {
  plain: "bg-surface hover:bg-surface-hover",
  dimmed: "bg-surface-muted text-fg-subtle hover:bg-surface-hover",
  snapshot: "bg-surface-muted hover:bg-surface-hover",
  selected: "bg-accent-soft",
};

/** The table, head and body: blocks under `sm`, so rows can become cards. */
export const TABLE_CLASS = "w-full border-collapse text-left text-sm max-sm:block";
export const HEAD_CLASS = "bg-surface-muted max-sm:block";
/** Under `sm` the header row is a strip of sort buttons that scrolls on its own. */
export const HEAD_ROW_CLASS = "max-sm:relative max-sm:flex max-sm:overflow-x-auto";
export const BODY_CLASS = "max-sm:block";

/**
 * A body row; under `sm` a two-column card, the checkbox in its top right corner. Cards off
 * screen skip layout and paint until scrolled near (`content-visibility: auto`, sized by their
 * last layout): on a phone the first layout was most of the catalog's render time (issue 15).
 * Table rows cannot be contained, so wide screens are unchanged.
 */
export const ROW_CLASS =
  "border-t border-line align-top max-sm:relative max-sm:grid max-sm:grid-cols-2 max-sm:gap-x-4 max-sm:gap-y-2 max-sm:p-3 max-sm:[content-visibility:auto] max-sm:[contain-intrinsic-size:auto_240px]";
export const SNAPSHOT_ROW_CLASS = "max-sm:pl-8";

/** The sticky identity column: static in a card, where nothing scrolls under it. */
export const MODEL_HEAD_CLASS = "sticky left-0 z-10 bg-surface-muted max-sm:static";
export const MODEL_CELL_CLASS = "sticky left-0 bg-inherit px-3 py-2 max-sm:static max-sm:col-span-2 max-sm:p-0 max-sm:pr-10";
export const SELECT_HEAD_CLASS = "w-10 px-3 py-2 max-sm:hidden";
export const SELECT_CELL_CLASS = "px-3 py-2 max-sm:absolute max-sm:top-3 max-sm:right-3 max-sm:p-0";

/** Columns whose content needs a card's full width (badges, dates and links in a row). */
const WIDE_IN_CARD = new Set(["status"]);

/**
 * A data cell. In a card there is no header row to read, so the cell shows its column's name
 * above the value (from `data-label`; CSS generated text is part of the accessible text too).
 */
export function dataCellClass(column: string): string {
  return [
    "px-3 py-2 max-sm:p-0",
    "max-sm:before:block max-sm:before:text-xs max-sm:before:text-fg-subtle max-sm:before:content-[attr(data-label)]",
    WIDE_IN_CARD.has(column) ? "max-sm:col-span-2" : "",
  ]
    .filter(Boolean)
    .join(" ");
}
