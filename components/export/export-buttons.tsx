"use client";

import { useId, useState } from "react";

import { Button } from "@/components/ui/button";
import { exportFileName, toCsv, toJsonExport, type ExportMeta, type ExportTable } from "@/lib/export/table";

type Props = ExportMeta & {
  /** Builds the table of exactly what the view shows (called on click, so it is always current). */
  build: () => ExportTable;
  /** Where a page has several exports: what this one holds ("prices"), so every button has its own name. */
  subject?: string;
  /** File name stem when it is not the view's name: "charts-prices-standard". */
  file?: string;
  className?: string;
};

function download(name: string, type: string, body: string) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** "Download CSV" and "Download JSON" of what the view shows, units named in the headers. */
export function ExportButtons({ build, view, link, dataVerifiedOn, title, subject, file, className }: Props) {
  const [message, setMessage] = useState("");
  const statusId = useId();

  function run(kind: "csv" | "json") {
    const table = build();
    const name = exportFileName(file ?? view, dataVerifiedOn, kind);
    if (kind === "csv") download(name, "text/csv;charset=utf-8", toCsv(table));
    else {
      const json = toJsonExport(table, {
        view,
        link,
        ...(dataVerifiedOn ? { dataVerifiedOn } : {}),
        ...(title ? { title } : {}),
      });
      download(name, "application/json", `${JSON.stringify(json, null, 2)}\n`);
    }
    setMessage(`Downloaded ${table.rows.length} row${table.rows.length === 1 ? "" : "s"} as ${kind.toUpperCase()}`);
  }

  const of = subject ? <span className="sr-only"> of {subject}</span> : null;
  return (
    <div
      role="group"
      aria-label={subject ? `Export ${subject}` : "Export"}
      className={className ?? "flex flex-wrap items-center gap-2"}
    >
      <Button size="sm" onClick={() => run("csv")} aria-describedby={statusId}>
        <DownloadIcon />
        Download CSV{of}
      </Button>
      <Button size="sm" onClick={() => run("json")} aria-describedby={statusId}>
        <DownloadIcon />
        Download JSON{of}
      </Button>
      <span id={statusId} role="status" aria-live="polite" className="text-xs text-fg-subtle">
        {message}
      </span>
    </div>
  );
}

function DownloadIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
      <path d="M10 3v10m0 0l-4-4m4 4l4-4M4 16h12" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
