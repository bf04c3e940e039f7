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

/**
 * A figure that is not published is an empty CSV cell, so a spreadsheet still reads the column as
 * numbers (JSON uses null). The last column, present only when some row has such a cell, names
 * them for that row, so an empty cell is never mistaken for zero or for "does not apply".
 */
export const CSV_NOT_PUBLISHED_HEADER = "Not published";
/** Between the names in a row's "Not published" cell (column labels may hold commas). */
const NAME_SEPARATOR = "; ";
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

function isUnknown(v: ExportValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === "number" && !Number.isFinite(v));
}

function cellText(v: ExportValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  return FORMULA_START.test(v) && !PLAIN_DECIMAL.test(v) ? `'${v}` : v;
}

function csvField(v: ExportValue | undefined): string {
  const s = cellText(v);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV (CRLF line ends), a header row naming units, a BOM for spreadsheets; figures not
 * published are empty and named in a last "Not published" column.
 */
export function toCsv(table: ExportTable): string {
  const unknown = table.rows.map((row) => table.columns.filter((c) => isUnknown(row[c.key])).map((c) => c.label));
  const noted = unknown.some((labels) => labels.length > 0);
  const header = table.columns.map(headerLabel);
  const lines: (ExportValue | undefined)[][] = [noted ? [...header, CSV_NOT_PUBLISHED_HEADER] : header];
  table.rows.forEach((row, i) => {
    const cells = table.columns.map((c) => row[c.key]);
    lines.push(noted ? [...cells, unknown[i]!.join(NAME_SEPARATOR)] : cells);
  });
  return BOM + lines.map((l) => l.map(csvField).join(",")).join("\r\n") + "\r\n";
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
