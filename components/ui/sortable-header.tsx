import type { ReactNode } from "react";

import { cn } from "@/lib/cn";

type SortDir = false | "asc" | "desc";

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

/**
 * A column header that sorts: `aria-sort` on the cell, a real button inside it (keyboard and
 * screen readers reach it), and an arrow showing the direction. Shared by the catalog, the
 * calculator's results and the charts' tables so they look and announce the same.
 */
export function SortableHeader({
  label,
  dir,
  onSort,
  className,
  title,
  extra,
}: {
  label: ReactNode;
  dir: SortDir;
  onSort: (event: React.MouseEvent<HTMLButtonElement>) => void;
  className?: string;
  title?: string;
  /** After the arrow, inside the button (the catalog's sort priority "2"). */
  extra?: ReactNode;
}) {
  return (
    <th
      scope="col"
      aria-sort={dir ? ARIA_SORT[dir] : "none"}
      className={cn("px-3 py-2 font-medium whitespace-nowrap", className)}
    >
      <button
        type="button"
        onClick={onSort}
        title={title}
        className="-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 hover:bg-surface-hover"
      >
        {label}
        <SortIcon dir={dir} />
        {extra}
      </button>
    </th>
  );
}

function SortIcon({ dir }: { dir: SortDir }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className={cn("size-3", dir ? "text-accent" : "text-fg-subtle")}>
      {dir === "asc" ? (
        <path d="M6 2l4 6H2z" fill="currentColor" />
      ) : dir === "desc" ? (
        <path d="M6 10L2 4h8z" fill="currentColor" />
      ) : (
        <path d="M6 1l3 4H3zM6 11L3 7h6z" fill="currentColor" />
      )}
    </svg>
  );
}
