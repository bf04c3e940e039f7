/**
 * The dashboard's CSV exports, read with papaparse in chunks. Columns are found by their header
 * name (order and extra columns do not matter). Each chunk's rows are added to the collectors and
 * dropped; between chunks the reader yields, reports progress and honours cancellation.
 */
import Papa from "papaparse";

import { CostCollector, UsageCollector } from "./collect";
import { Warnings, type FileRead } from "./file-read";
import { isoDay, readTime } from "./numbers";
import { MESSAGES, problem } from "./problems";
import { readCostRecord, readUsageRecord } from "./records";
import type { ProblemCode } from "./types";

/** Characters per chunk: about a second's worth of progress-bar steps for the largest files. */
export const CSV_CHUNK_CHARS = 1 << 20;

export const USAGE_CSV_COLUMNS = ["input_tokens", "output_tokens", "num_model_requests"] as const;
export const COST_CSV_COLUMNS = ["amount_value", "amount_currency", "line_item"] as const;
const TIME_COLUMNS = [
  ["start_time", "start_time_iso"],
  ["end_time", "end_time_iso"],
] as const;
/** Cost export column → the field name the record reader knows. */
const COST_FIELD: Record<string, string> = { amount: "amount_value", currency: "amount_currency" };

export type CsvOptions = {
  signal?: AbortSignal;
  chunkSize: number;
  yieldToHost: () => Promise<void>;
  onProgress: (done: number, total: number) => void;
};

/** Column index by lower-case header name (a plain object: read for every field of every row). */
type Columns = Record<string, number>;

function headerText(fields: string[]): string {
  const shownFields = fields
    .slice(0, 6)
    .map((f) => `“${f.slice(0, 30)}”`)
    .join(", ");
  return fields.length > 6 ? `${shownFields}, …` : shownFields || "empty";
}

/** The export's columns, or why this header is not one of them. */
function readHeader(fields: string[]): { kind: "usage" | "costs"; columns: Columns } | { code: ProblemCode; message: string } {
  const columns: Columns = Object.create(null);
  fields.forEach((f, i) => {
    const name = f
      .replace(/^\ufeff/, "")
      .trim()
      .toLowerCase();
    if (!(name in columns)) columns[name] = i;
  });
  const has = (c: string) => c in columns;
  const kind = has("amount_value") || has("amount_currency") ? "costs" : USAGE_CSV_COLUMNS.some(has) ? "usage" : null;
  if (!kind) return { code: "not-an-export", message: MESSAGES.notAnExportCsv(headerText(fields)) };
  const missing: string[] = (kind === "usage" ? USAGE_CSV_COLUMNS : COST_CSV_COLUMNS).filter((c) => !has(c));
  for (const [unix, iso] of TIME_COLUMNS) if (!has(unix) && !has(iso)) missing.push(`${unix} (or ${iso})`);
  if (missing.length)
    return { code: "missing-column", message: MESSAGES.missingColumns(missing, kind === "usage" ? "usage" : "cost") };
  if (kind === "usage" && !has("model")) return { code: "no-model", message: MESSAGES.noModel };
  return { kind, columns };
}

function cell(row: string[], columns: Columns, name: string): string | undefined {
  const i = columns[name];
  return i === undefined ? undefined : row[i];
}

/**
 * Reads bucket times, remembering the last text read: the rows of a bucket repeat the same
 * times, so most rows cost a string comparison instead of a parse.
 */
function timeReader() {
  let lastText: string | undefined;
  let last: ReturnType<typeof readTime> = { ok: false, reason: "" };
  return (text: string | undefined) => {
    if (text !== lastText || lastText === undefined) {
      lastText = text;
      last = readTime(text);
    }
    return last;
  };
}

/** start_time if the row has it, else the ISO column. */
function rowTime(
  row: string[],
  columns: Columns,
  [unix, iso]: readonly [string, string],
  read: (t: string | undefined) => ReturnType<typeof readTime>,
) {
  const raw = cell(row, columns, unix);
  const useUnix = raw !== undefined && raw.trim() !== "";
  return { column: useUnix ? unix : iso, read: read(useUnix ? raw : cell(row, columns, iso)) };
}

export function readCsvExport(text: string, file: string, fileIndex: number, options: CsvOptions): Promise<FileRead> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (r: FileRead) => {
      if (!settled) {
        settled = true;
        resolve(r);
      }
    };
    const fail = (code: ProblemCode, message: string, where?: string) =>
      settle({ ok: false, problem: problem(code, file, message, where) });

    let header: { kind: "usage" | "costs"; columns: Columns } | null = null;
    const usage = new UsageCollector();
    const costs = new CostCollector();
    const warnings = new Warnings();
    /** Records seen so far, the header included: record n is spreadsheet row n + 1. */
    let recordIndex = 0;
    const readStart = timeReader();
    const readEnd = timeReader();
    // Rows of one bucket usually follow each other: their key is built once.
    let lastStart = -1;
    let lastEnd = -1;
    let lastKey = "";

    const bad = (code: ProblemCode, message: string, where?: string): false => {
      fail(code, message, where);
      return false;
    };

    const processRow = (row: string[], rowNumber: number): boolean => {
      if (row.length === 1 && row[0]!.trim() === "") return true;
      if (!header) {
        const h = readHeader(row);
        if ("code" in h) return bad(h.code, h.message);
        header = h;
        return true;
      }
      const where = `row ${rowNumber}`;
      const { columns } = header;
      const start = rowTime(row, columns, TIME_COLUMNS[0], readStart);
      if (!start.read.ok) return bad("bad-value", `${start.column} ${start.read.reason}`, where);
      const end = rowTime(row, columns, TIME_COLUMNS[1], readEnd);
      if (!end.read.ok) return bad("bad-value", `${end.column} ${end.read.reason}`, where);
      if (end.read.value <= start.read.value) {
        return bad("bad-value", `${end.column} (${end.read.value}) is not after ${start.column} (${start.read.value})`, where);
      }
      const key =
        start.read.value === lastStart && end.read.value === lastEnd ? lastKey : `${start.read.value}|${end.read.value}`;
      lastStart = start.read.value;
      lastEnd = end.read.value;
      lastKey = key;
      if (header.kind === "usage") {
        const rec = readUsageRecord((f) => cell(row, columns, f));
        if (!rec.ok) return bad("bad-value", `${rec.field} ${rec.reason}`, where);
        if (rec.warning) warnings.add(`${where} (${isoDay(start.read.value)}): ${rec.warning}`);
        usage.reports.batch ||= rec.has.batch;
        usage.reports.serviceTier ||= rec.has.serviceTier;
        usage.reports.cacheWrite ||= rec.has.cacheWrite;
        usage.reports.imageTokens ||= rec.has.imageTokens;
        const bucket = usage.bucket(key, start.read.value, end.read.value, null);
        if (!usage.add(bucket, rec.model, rec.tier, rec.counts)) return bad("bad-value", MESSAGES.overflow, where);
      } else {
        const rec = readCostRecord((f) => cell(row, columns, COST_FIELD[f] ?? f));
        if (!rec.ok) return bad("bad-value", `${COST_FIELD[rec.field] ?? rec.field} ${rec.reason}`, where);
        if (costs.currency !== null && costs.currency !== rec.currency) {
          return bad("mixed-currency", MESSAGES.mixedCurrency(costs.currency, rec.currency), where);
        }
        costs.currency = rec.currency;
        costs.add(
          costs.bucket(key, start.read.value, end.read.value, null),
          rec.lineItem,
          rec.amount,
          rec.quantity,
          rec.quantityUnit,
        );
      }
      return true;
    };

    const finish = () => {
      if (settled) return;
      if (!header) return fail("empty", MESSAGES.empty);
      if (header.kind === "costs") {
        if (costs.records > 0 && costs.withLineItem === 0) return fail("no-line-item", MESSAGES.noLineItem);
        return settle({
          ok: true,
          kind: "costs",
          format: "costs-csv",
          buckets: costs.finish(),
          pages: 0,
          records: costs.records,
          currency: costs.currency,
          warnings: warnings.done(),
        });
      }
      if (usage.records > 0 && usage.withModel === 0) return fail("no-model", MESSAGES.noModel);
      settle({
        ok: true,
        kind: "usage",
        format: "usage-csv",
        buckets: usage.finish(),
        pages: 0,
        records: usage.records,
        reports: { ...usage.reports },
        warnings: warnings.done(),
      });
    };

    Papa.parse<string[]>(text, {
      delimiter: ",",
      skipEmptyLines: false,
      chunkSize: options.chunkSize,
      chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
        if (settled) return parser.abort();
        const syntax = results.errors.find((e: Papa.ParseError) => e.code === "MissingQuotes" || e.code === "InvalidQuotes");
        const firstRecord = recordIndex;
        for (const row of results.data) {
          recordIndex++;
          if (syntax && syntax.row !== undefined && firstRecord + syntax.row + 1 === recordIndex) break;
          if (!processRow(row, recordIndex)) return parser.abort();
        }
        if (syntax) {
          const row = syntax.row === undefined ? recordIndex : firstRecord + syntax.row + 1;
          fail("csv-syntax", "a quoted field is not closed properly: the file may be cut off or edited by hand", `row ${row}`);
          return parser.abort();
        }
        parser.pause();
        options.onProgress(results.meta.cursor, text.length);
        options.yieldToHost().then(
          () => {
            if (options.signal?.aborted) {
              fail("cancelled", MESSAGES.cancelled);
              parser.abort();
            } else parser.resume();
          },
          () => parser.resume(),
        );
      },
      complete: finish,
      error(err: Error) {
        fail("csv-syntax", err.message || "unreadable CSV");
      },
    });
  });
}
