/**
 * The words and value of the page's progress bar while the worker reads files. A module of its
 * own: the page shows it before any result, so it is part of the first load.
 */
import type { ParseProgress } from "./types";

/**
 * The progress bar's value (0–1 over all files; null while nothing is known yet) and its words:
 * "Reading usage.csv: 45 % (file 1 of 2)", then "Pricing your usage on every model…".
 */
export function readProgressText(p: ParseProgress | null): { fraction: number | null; text: string } {
  if (!p) return { fraction: null, text: "Starting…" };
  const within = p.total > 0 ? Math.min(1, p.done / p.total) : p.phase === "done" ? 1 : 0;
  const fraction = Math.min(1, (p.fileIndex + within) / Math.max(1, p.fileCount));
  const of = p.fileCount > 1 ? ` (file ${p.fileIndex + 1} of ${p.fileCount})` : "";
  if (p.phase === "done" && p.fileIndex + 1 >= p.fileCount) return { fraction, text: "Pricing your usage on every model…" };
  return { fraction, text: `Reading ${p.file}: ${Math.floor(within * 100)} %${of}` };
}
