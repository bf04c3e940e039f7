/**
 * Exports of what a view shows, as CSV and JSON. A view describes its table once (columns with
 * units, rows of raw values); these builders turn it into a file. Pure, no DOM.
 */

/** A raw cell: numbers stay numbers, exact money is a decimal string, null = not published. */
export type ExportValue = string | number | boolean | null;

export type ExportColumn = {
  key: string;
  label: string;
  /** Named in the header: "Input price (USD per 1M tokens)". */
  unit?: string | null;
};

export type ExportTable = {
  columns: ExportColumn[];
  rows: Record<string, ExportValue>[];
};

export type ExportMeta = {
  /** Which view: "catalog", "compare", … */
  view: string;
  /** The canonical link to the exported state (path + query). */
  link: string;
  /** The catalog data's verified-on date, when the view knows it. */
  dataVerifiedOn?: string;
  /** What was exported, when a view has several exports: "Prices, Standard tier". */
  title?: string;
};

/** Units named in more than one view's headers. */
export const USD_PER_1M = "USD per 1M tokens";
export const ISO_DATE = "YYYY-MM-DD";

/** What a missing figure reads as in CSV (JSON uses null). */
export const CSV_UNKNOWN = "not published";
/** Excel reads a CSV as UTF-8 only with a byte-order mark. */
const BOM = "\uFEFF";
/**
 * A text cell starting with one of these is a formula to a spreadsheet ("CSV injection"); we
 * prefix an apostrophe, which spreadsheets show as text. Numbers are written as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Exact money is a decimal string; a negative one ("-3", a saving) is a number, not a formula. */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

export function headerLabel(c: ExportColumn): string {
  return c.unit ? `${c.label} (${c.unit})` : c.label;
}

function csvField(v: ExportValue): string {
  let s: string;
  if (v === null || v === undefined) s = CSV_UNKNOWN;
  else if (typeof v === "boolean") s = v ? "yes" : "no";
  else if (typeof v === "number") s = Number.isFinite(v) ? String(v) : CSV_UNKNOWN;
  else s = FORMULA_START.test(v) && !PLAIN_DECIMAL.test(v) ? `'${v}` : v;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV (CRLF line ends), a header row naming units, a BOM for spreadsheets. */
export function toCsv(table: ExportTable): string {
  const lines = [table.columns.map((c) => csvField(headerLabel(c)))];
  for (const row of table.rows) lines.push(table.columns.map((c) => csvField(row[c.key] ?? null)));
  return BOM + lines.map((l) => l.join(",")).join("\r\n") + "\r\n";
}

type JsonExport = ExportMeta & {
  columns: { key: string; label: string; unit: string | null; header: string }[];
  rows: Record<string, ExportValue>[];
};

/** The same table as JSON: columns with units, rows keyed by column key, unknowns as null. */
export function toJsonExport(table: ExportTable, meta: ExportMeta): JsonExport {
  return {
    ...meta,
    columns: table.columns.map((c) => ({ key: c.key, label: c.label, unit: c.unit ?? null, header: headerLabel(c) })),
    rows: table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c.key, normalize(r[c.key])]))),
  };
}

function normalize(v: ExportValue | undefined): ExportValue {
  if (v === undefined) return null;
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

/** A file name from a view (or one export of it) and, when known, the data's date: "catalog-2026-11-25.csv". */
export function exportFileName(view: string, date: string | undefined, ext: "csv" | "json"): string {
  const safe = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "export";
  return `${[safe(view), ...(date ? [safe(date)] : [])].join("-")}.${ext}`;
}
