/** The side-by-side of what changes between two catalog models, each row with a verdict for the reader. */
import { effectiveStatus, STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { formatDate, formatPrice, formatTokens, NOT_PUBLISHED } from "@/lib/format";

import type { MigrationModel } from "./model";

export type ChangeRow = {
  label: string;
  before: string;
  after: string;
  changed: boolean;
  /** For the reader: is the change good for the user (cheaper, larger, more)? null = neutral/unknown. */
  verdict: "better" | "worse" | null;
  /**
   * The figures behind `before` and `after`, for exports: numbers, ISO dates and booleans raw,
   * null where not published; rows that are words keep their words. `unit` names the unit.
   */
  raw: { before: RawFigure; after: RawFigure; unit: string | null };
};

export type RawFigure = string | number | boolean | null;

const yesNo = (v: boolean | null) => (v === null ? NOT_PUBLISHED : v ? "Yes" : "No");
const list = (v: readonly string[] | null) => (v === null ? NOT_PUBLISHED : v.join(", "));

function numericVerdict(a: number | null, b: number | null, higherIsBetter: boolean): ChangeRow["verdict"] {
  if (a === null || b === null || a === b) return null;
  return b > a === higherIsBetter ? "better" : "worse";
}

function setVerdict(a: readonly string[] | null, b: readonly string[] | null): ChangeRow["verdict"] {
  if (!a || !b) return null;
  const lost = a.some((x) => !b.includes(x));
  const gained = b.some((x) => !a.includes(x));
  if (lost && !gained) return "worse";
  if (gained && !lost) return "better";
  return null;
}

function boolVerdict(a: boolean | null, b: boolean | null): ChangeRow["verdict"] {
  if (a === null || b === null || a === b) return null;
  return b ? "better" : "worse";
}

function reasoningText(m: MigrationModel): string {
  const r = m.reasoning;
  if (r.supported === null) return NOT_PUBLISHED;
  if (!r.supported) return "No (not a reasoning model)";
  const def = r.defaultEffort ? `default effort ${r.defaultEffort}` : "default effort not published";
  return r.efforts.length ? `Yes, ${def}; efforts ${r.efforts.join(", ")}` : `Yes, ${def}`;
}

/** The side-by-side of what changes between two catalog models. */
export function compareModels(a: MigrationModel, b: MigrationModel, today: string): ChangeRow[] {
  const std = (m: MigrationModel) => m.priced.tiers.standard;
  const rows: ChangeRow[] = [];
  const row = (
    label: string,
    before: string,
    after: string,
    verdict: ChangeRow["verdict"],
    raw: ChangeRow["raw"] = { before, after, unit: null },
  ) => rows.push({ label, before, after, changed: before !== after, verdict: before === after ? null : verdict, raw });
  const figures = (x: RawFigure, y: RawFigure, unit: string) => ({ before: x, after: y, unit });
  const shutdown = (m: MigrationModel) => m.lifecycle.shutdownDate ?? "none announced";
  const maxInput = (m: MigrationModel) => m.maxInput ?? "= context window";

  row("Status", STATUS_LABEL[effectiveStatus(a.lifecycle, today)], STATUS_LABEL[effectiveStatus(b.lifecycle, today)], null);
  row(
    "Shutdown date",
    a.lifecycle.shutdownDate ? formatDate(a.lifecycle.shutdownDate) : "none announced",
    b.lifecycle.shutdownDate ? formatDate(b.lifecycle.shutdownDate) : "none announced",
    null,
    figures(shutdown(a), shutdown(b), "YYYY-MM-DD"),
  );
  const price = (label: string, key: "input" | "cachedInput" | "output") => {
    const x = std(a)?.[key] ?? null;
    const y = std(b)?.[key] ?? null;
    row(label, formatPrice(x), formatPrice(y), numericVerdict(x, y, false), figures(x, y, "USD per 1M tokens"));
  };
  price("Input price (per 1M tokens)", "input");
  price("Cached input price (per 1M tokens)", "cachedInput");
  price("Output price (per 1M tokens)", "output");
  const lc = (m: MigrationModel) =>
    m.priced.longContext
      ? `Over ${formatTokens(m.priced.longContext.thresholdTokens)} input tokens: ${m.priced.longContext.inputMultiplier}× input, ${m.priced.longContext.outputMultiplier}× output`
      : "None published";
  row(
    "Long-context pricing",
    lc(a),
    lc(b),
    a.priced.longContext && !b.priced.longContext ? "better" : !a.priced.longContext && b.priced.longContext ? "worse" : null,
  );
  row(
    "Context window (tokens)",
    formatTokens(a.contextWindow),
    formatTokens(b.contextWindow),
    numericVerdict(a.contextWindow, b.contextWindow, true),
    figures(a.contextWindow, b.contextWindow, "tokens"),
  );
  row(
    "Max input (tokens)",
    a.maxInput === null ? "= context window" : formatTokens(a.maxInput),
    b.maxInput === null ? "= context window" : formatTokens(b.maxInput),
    numericVerdict(a.maxInput ?? a.contextWindow, b.maxInput ?? b.contextWindow, true),
    figures(maxInput(a), maxInput(b), "tokens"),
  );
  row(
    "Max output (tokens)",
    formatTokens(a.maxOutput),
    formatTokens(b.maxOutput),
    numericVerdict(a.maxOutput, b.maxOutput, true),
    figures(a.maxOutput, b.maxOutput, "tokens"),
  );
  row("Input modalities", list(a.inputModalities), list(b.inputModalities), setVerdict(a.inputModalities, b.inputModalities));
  row(
    "Output modalities",
    list(a.outputModalities),
    list(b.outputModalities),
    setVerdict(a.outputModalities, b.outputModalities),
  );
  row("Reasoning", reasoningText(a), reasoningText(b), null);
  const feature = (label: string, x: boolean | null, y: boolean | null) =>
    row(label, yesNo(x), yesNo(y), boolVerdict(x, y), figures(x, y, "yes/no"));
  feature("Fine-tuning", a.fineTuning, b.fineTuning);
  feature("Function calling", a.functionCalling, b.functionCalling);
  feature("Structured outputs", a.structuredOutputs, b.structuredOutputs);
  row(
    "Knowledge cutoff",
    formatDate(a.knowledgeCutoff),
    formatDate(b.knowledgeCutoff),
    a.knowledgeCutoff && b.knowledgeCutoff ? (b.knowledgeCutoff > a.knowledgeCutoff ? "better" : "worse") : null,
    figures(a.knowledgeCutoff, b.knowledgeCutoff, "YYYY-MM(-DD)"),
  );
  return rows;
}

/** A side-by-side row's change in words: "same", "changed: better", "changed: worse", "changed". */
export function changeText(r: ChangeRow): string {
  if (!r.changed) return "same";
  return r.verdict ? `changed: ${r.verdict}` : "changed";
}
