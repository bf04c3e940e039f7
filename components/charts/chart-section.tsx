"use client";

import type { ReactNode } from "react";

import { ExportButtons } from "@/components/export/export-buttons";
import { buttonVariants } from "@/components/ui/button";
import { panelVariants } from "@/components/ui/panel";
import type { TableSort } from "@/lib/charts/sort";
import type { ChartExport } from "@/lib/export/charts";

/** Where every chart's export points back to: the charts view's link and the data's date. */
export type ChartsExportMeta = { link: string; dataVerifiedOn: string };

/** What every chart section takes besides its own data: the table twin, its sort, the export. */
export type SectionTableProps = {
  asTable: boolean;
  onAsTableChange: (on: boolean) => void;
  sort: TableSort | null;
  onSortChange: (s: TableSort | null) => void;
  exportMeta: ChartsExportMeta;
};

/**
 * One chart's card: heading, one-line description, its own controls, the "show as table"
 * toggle, CSV and JSON downloads of what is shown, then the chart (or its table twin) and notes.
 */
export function ChartSection({
  id,
  title,
  description,
  controls,
  asTable,
  onAsTableChange,
  exported,
  exportMeta,
  children,
  notes,
}: {
  id: string;
  title: string;
  description: ReactNode;
  controls?: ReactNode;
  asTable: boolean;
  onAsTableChange: (on: boolean) => void;
  /** The chart's rows as its table twin orders them, for the current choices. */
  exported: ChartExport;
  exportMeta: ChartsExportMeta;
  children: ReactNode;
  notes?: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      className={panelVariants({ surface: "raised", pad: "md", className: "min-w-0 space-y-3" })}
    >
      <div className="space-y-1">
        <h2 id={headingId} className="text-lg font-semibold tracking-tight">
          {title}
        </h2>
        <p className="text-sm text-fg-muted">{description}</p>
      </div>
      <div className="flex flex-wrap items-end gap-3">
        {controls}
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <button
            type="button"
            aria-pressed={asTable}
            onClick={() => onAsTableChange(!asTable)}
            className={buttonVariants({ size: "sm" })}
          >
            <TableIcon />
            Show as table
          </button>
          <ExportButtons
            view="charts"
            {...exportMeta}
            title={exported.title}
            file={exported.file}
            subject={title.toLowerCase()}
            build={() => exported.table}
          />
        </div>
      </div>
      {children}
      {notes ? <div className="space-y-1 text-sm text-fg-muted">{notes}</div> : null}
    </section>
  );
}

function TableIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.5">
      <rect x="2" y="3" width="12" height="10" rx="1" />
      <path d="M2 6.5h12M2 9.8h12M6 6.5V13" />
    </svg>
  );
}
