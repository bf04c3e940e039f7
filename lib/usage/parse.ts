/**
 * The parser's front door: files (File, Blob or pasted text) in, usage and costs out, or a
 * message per file saying what is wrong. Never throws: whatever bytes arrive, the answer is a
 * result or a readable problem. Runs unchanged in a Web Worker (progress callbacks, an
 * AbortSignal checked between chunks).
 */
import { formatTokens } from "@/lib/format";

import { CSV_CHUNK_CHARS, readCsvExport } from "./csv";
import { describeJsonError, sniff, stripBom } from "./detect";
import type { FileRead } from "./file-read";
import { readJsonExport } from "./json";
import { mergeCosts, mergeUsage, type CostFileParts, type UsageFileParts } from "./merge";
import { MAX_USAGE_FILE_BYTES, sizeProblem } from "./options";
import { MESSAGES, problem } from "./problems";
import type { CostsData, FileFormat, ParseOptions, UsageData, UsageInput, UsageProblem } from "./types";

export { MAX_USAGE_FILE_BYTES };

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

type FileContext = { fileIndex?: number; fileCount?: number };

/** Reads one file. `name` is only used in messages. */
export async function readUsageFile(
  input: string | Blob,
  name: string,
  options: ParseOptions & FileContext = {},
): Promise<FileRead> {
  const fail = (code: UsageProblem["code"], message: string): FileRead => ({ ok: false, problem: problem(code, name, message) });
  const fileIndex = options.fileIndex ?? 0;
  const report = (phase: "reading" | "parsing" | "done", done: number, total: number) =>
    options.onProgress?.({ file: name, fileIndex, fileCount: options.fileCount ?? 1, phase, done, total });
  try {
    // Pasted text is measured in characters (what it costs in memory), a file in bytes.
    const size = typeof input === "string" ? input.length : input.size;
    const tooLarge = sizeProblem(name, size, options.maxBytes);
    if (tooLarge) return { ok: false, problem: tooLarge };
    if (options.signal?.aborted) return fail("cancelled", MESSAGES.cancelled);
    report("reading", 0, size);
    let text: string;
    if (typeof input === "string") text = input;
    else {
      try {
        text = await input.text();
      } catch (e) {
        return fail("read-failed", MESSAGES.readFailed(e instanceof Error ? e.message : String(e)));
      }
    }
    text = stripBom(text);
    if (options.signal?.aborted) return fail("cancelled", MESSAGES.cancelled);
    const kind = sniff(text);
    if (kind.kind === "problem") return fail(kind.code, kind.message);
    report("parsing", 0, text.length);
    let read: FileRead;
    if (kind.kind === "json") {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        const d = describeJsonError(text);
        return fail(d.code, d.message);
      }
      read = readJsonExport(value, name, fileIndex);
    } else {
      read = await readCsvExport(text, name, fileIndex, {
        signal: options.signal,
        chunkSize: options.chunkSize ?? CSV_CHUNK_CHARS,
        yieldToHost: options.yieldToHost ?? defaultYield,
        onProgress: (done, total) => report("parsing", done, total),
      });
    }
    report("done", text.length, text.length);
    return read;
  } catch (e) {
    return fail("internal", MESSAGES.internal(e instanceof Error ? e.message : String(e)));
  }
}

export type FileReport = {
  name: string;
  format: FileFormat | null;
  records: number;
  pages: number;
  warnings: string[];
  problem: UsageProblem | null;
};

export type UsageImport =
  | { ok: true; usage: UsageData | null; costs: CostsData | null; files: FileReport[]; warnings: string[] }
  | { ok: false; problems: UsageProblem[]; files: FileReport[] };

const count = (n: number, one: string, many = `${one}s`) => `${formatTokens(n)} ${n === 1 ? one : many}`;

function duplicateWarnings(
  what: string,
  s: { duplicateBuckets: number; duplicatePages: number; overlappingBuckets: number },
): string[] {
  const out: string[] = [];
  if (s.duplicateBuckets > 0) {
    const pages = s.duplicatePages > 0 ? ` (${count(s.duplicatePages, "whole page")})` : "";
    out.push(
      `${count(s.duplicateBuckets, `duplicate ${what} bucket`)}${pages} had already been loaded and ${s.duplicateBuckets === 1 ? "was" : "were"} counted once.`,
    );
  }
  if (s.overlappingBuckets > 0) {
    out.push(
      `${count(s.overlappingBuckets, `${what} bucket`)} share${s.overlappingBuckets === 1 ? "s" : ""} hours with one already loaded, with other figures (another project, or the same usage by hour and by day?): both were added.`,
    );
  }
  return out;
}

/**
 * Reads every file, then adds them up: usage with usage, costs with costs. If any file cannot
 * be used, the whole import is refused (the page keeps its previous result) and every problem
 * is listed.
 */
export async function importUsageFiles(inputs: readonly UsageInput[], options: ParseOptions = {}): Promise<UsageImport> {
  const files: FileReport[] = [];
  const problems: UsageProblem[] = [];
  const usageParts: UsageFileParts[] = [];
  const costParts: CostFileParts[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const { name, content } = inputs[i]!;
    const read = await readUsageFile(content, name, { ...options, fileIndex: i, fileCount: inputs.length });
    if (!read.ok) {
      problems.push(read.problem);
      files.push({ name, format: null, records: 0, pages: 0, warnings: [], problem: read.problem });
      if (read.problem.code === "cancelled") return { ok: false, problems: [read.problem], files };
      continue;
    }
    files.push({ name, format: read.format, records: read.records, pages: read.pages, warnings: read.warnings, problem: null });
    if (read.kind === "usage") usageParts.push(read);
    else costParts.push({ ...read, currency: read.currency });
  }
  if (problems.length) return { ok: false, problems, files };

  const currencies = [...new Set(costParts.map((c) => c.currency).filter((c): c is string => c !== null))];
  if (currencies.length > 1) {
    return {
      ok: false,
      problems: [problem("mixed-currency", "(all files)", MESSAGES.mixedCurrency(currencies[0]!, currencies[1]!))],
      files,
    };
  }
  const usage = usageParts.length ? mergeUsage(usageParts) : null;
  if (usageParts.length && !usage)
    return { ok: false, problems: [problem("bad-value", "(all files)", MESSAGES.overflow)], files };
  const costs = costParts.length ? mergeCosts(costParts, currencies[0] ?? "usd") : null;
  const warnings = [
    ...(usage ? duplicateWarnings("usage", usage.stats) : []),
    ...(costs ? duplicateWarnings("cost", costs.stats) : []),
  ];
  return { ok: true, usage, costs, files, warnings };
}
