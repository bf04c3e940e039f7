/**
 * The messages a user reads when a file cannot be used: what is wrong, where, and what to do.
 * Kept together so the views and the tests share one wording.
 */
import { formatTokens } from "@/lib/format";

import type { ProblemCode, UsageProblem } from "./types";

export function problem(code: ProblemCode, file: string, message: string, where?: string): UsageProblem {
  return where ? { code, file, message: `${where}: ${message}`, where } : { code, file, message };
}

const MIB = 1024 * 1024;

export function sizeText(bytes: number): string {
  return bytes >= MIB ? `${(bytes / MIB).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export const MESSAGES = {
  empty: "The file is empty.",
  tooLarge: (bytes: number, limit: number) =>
    `The file is ${sizeText(bytes)}; the largest file this page reads is ${sizeText(limit)}. Export a shorter period or fewer groupings, and load the parts one after the other.`,
  binary: (kind: string | null) =>
    `This is not a text file${kind ? ` (it looks like ${kind})` : ""}. Load the JSON from the Usage or Costs API, or the CSV the dashboard exports.`,
  html: (title: string | null) =>
    `This is a web page (HTML)${title ? ` titled “${title}”` : ""}, not an export: probably an error or login page saved by mistake. Download the export again, and check the file starts with “{”, “[” or a CSV header.`,
  notJsonOrCsv:
    "This is neither JSON nor CSV. Load the JSON from GET /v1/organization/usage/completions or /v1/organization/costs, or the CSV the usage dashboard exports.",
  truncatedJson: (length: number) =>
    `The JSON ends early (after ${formatTokens(length)} characters): the download or the copy was cut off. Export or copy it again in full.`,
  invalidJson: (detail: string, line: number, column: number) =>
    `This is not valid JSON (line ${line}, column ${column}): ${detail}.`,
  apiError: (msg: string) => `This file holds an error the API returned, not usage: “${msg}”. Fix the request and export again.`,
  notAnExport:
    'This JSON is not a page of the Usage or Costs API (expected {"object": "page", "data": [buckets with results]} or a list of such pages).',
  wrongEndpoint: (what: string) =>
    `This is ${what} usage. Only completions usage can be priced here: export GET /v1/organization/usage/completions.`,
  mixedKinds: "This file mixes usage and costs results; load them as two files.",
  noModel:
    "This usage does not say which model ran it: the model is empty in every record. Export it grouped by model: in the API add group_by=model (GET /v1/organization/usage/completions?group_by=model&bucket_width=1d&start_time=…), or choose “group by model” in the dashboard's usage export.",
  noLineItem:
    "This costs export does not name line items (line_item is empty everywhere), so it cannot be matched to usage. Export it grouped by line item: group_by=line_item in the Costs API, or the dashboard's cost export with line items.",
  missingColumns: (columns: string[], kind: string) =>
    `This ${kind} CSV has no ${columns.map((c) => `“${c}”`).join(", ")} column${columns.length > 1 ? "s" : ""}. Columns are matched by name in the header row; export the file again from the dashboard without removing columns.`,
  notAnExportCsv: (header: string) =>
    `This CSV is neither a usage nor a cost export (its header is ${header}). The usage export has input_tokens, output_tokens and num_model_requests; the cost export has amount_value, amount_currency and line_item.`,
  mixedCurrency: (a: string, b: string) =>
    `Costs are in more than one currency (${a.toUpperCase()} and ${b.toUpperCase()}); this page adds up one currency. Load the costs of one currency at a time.`,
  overflow: "the totals grow beyond what can be counted exactly (2^53 tokens): load a shorter period.",
  cancelled: "Reading was cancelled.",
  readFailed: (detail: string) => `The file could not be read: ${detail}`,
  internal: (detail: string) =>
    `The file could not be read (an unexpected error: ${detail}). Please report it with the file's first lines.`,
} as const;
