/**
 * The migration planner: "I use model X" → its status and countdown, the recommended
 * replacement(s) with the date each recommendation was read, what changes, and the monthly cost
 * before and after. Pure; the page builds MigrationModels on the server and the client plans.
 *
 * A replacement that is not in the catalog (e.g. gpt-6.1-terra) is named with its date and
 * source, but never priced or described: "not in our catalog yet".
 */
import Decimal from "decimal.js";
import { daysUntilShutdown, effectiveStatus, STATUS_LABEL } from "@/lib/catalog/lifecycle";
import type { CatalogEntry, Lifecycle, LifecycleStatus, Modality, ReasoningEffort, Source } from "@/lib/catalog/types";
import { monthlyCost } from "@/lib/cost/price";
import { toPricedModel } from "@/lib/cost/priced-model";
import type { CostResult, PricedModel, Workload } from "@/lib/cost/types";
import { formatDate, formatPrice, formatTokens, NOT_PUBLISHED } from "@/lib/format";

// The planner's option lists and target rule live in a decimal-free module the client view uses.
export { allowedTargets, fromOptions, targetOptions, type OptionGroup } from "./migration-options";

export type MigrationModel = {
  id: string;
  displayName: string;
  kind: CatalogEntry["kind"];
  aliasId: string | null;
  size: CatalogEntry["size"];
  lifecycle: Lifecycle;
  /** Only the sources the lifecycle cites (status, replacements). */
  sources: Record<string, Source>;
  priced: PricedModel;
  contextWindow: number | null;
  maxInput: number | null;
  maxOutput: number | null;
  inputModalities: Modality[] | null;
  outputModalities: Modality[] | null;
  reasoning: { supported: boolean | null; efforts: ReasoningEffort[]; defaultEffort: ReasoningEffort | null };
  fineTuning: boolean | null;
  functionCalling: boolean | null;
  structuredOutputs: boolean | null;
  knowledgeCutoff: string | null;
};

export function toMigrationModel(entry: CatalogEntry): MigrationModel {
  const keys = [entry.lifecycle.source, ...entry.lifecycle.replacements.map((r) => r.source)];
  const sources: Record<string, Source> = {};
  for (const k of keys) if (entry.sources[k]) sources[k] = entry.sources[k];
  return {
    id: entry.id,
    displayName: entry.displayName,
    kind: entry.kind,
    aliasId: entry.aliasId,
    size: entry.size,
    lifecycle: entry.lifecycle,
    sources,
    priced: toPricedModel(entry),
    contextWindow: entry.limits.contextWindow.value,
    maxInput: entry.limits.maxInput.value,
    maxOutput: entry.limits.maxOutput.value,
    inputModalities: entry.modalities.input.value,
    outputModalities: entry.modalities.output.value,
    reasoning: {
      supported: entry.reasoning.supported.value,
      efforts: entry.reasoning.efforts,
      defaultEffort: entry.reasoning.defaultEffort,
    },
    fineTuning: entry.features.fineTuning.value,
    functionCalling: entry.features.functionCalling.value,
    structuredOutputs: entry.features.structuredOutputs.value,
    knowledgeCutoff: entry.knowledgeCutoff.value,
  };
}

export type Countdown = {
  status: LifecycleStatus;
  days: number | null;
  /** Short: "50 days until shutdown", "Shut down 33 days ago", "No shutdown announced". */
  headline: string;
  /** The sentence with the date: "Shuts down on Jan 14, 2027 (today is Nov 25, 2026)." */
  text: string;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function countdown(lc: Lifecycle, today: string): Countdown {
  const status = effectiveStatus(lc, today);
  const days = daysUntilShutdown(lc, today);
  const date = lc.shutdownDate ? formatDate(lc.shutdownDate) : null;
  const todayText = `today is ${formatDate(today)}`;
  if (status === "shutdown") {
    const headline = days === null ? "Shut down" : days === 0 ? "Shut down today" : `Shut down ${plural(-days, "day")} ago`;
    return { status, days, headline, text: `Shut down${date ? ` on ${date}` : ""}: calls to it fail (${todayText}).` };
  }
  if (status === "deprecated") {
    return date && days !== null
      ? { status, days, headline: `${plural(days, "day")} until shutdown`, text: `Shuts down on ${date} (${todayText}).` }
      : { status, days, headline: "Deprecated", text: "Deprecated; no shutdown date published." };
  }
  if (status === "active") return { status, days, headline: "No shutdown announced", text: "Active: no deprecation in our sources." };
  return { status, days, headline: "Status unknown", text: "No deprecation or shutdown record in our sources." };
}

export type ReplacementView = {
  id: string;
  readOn: string;
  note: string | null;
  source: Source | null;
  recommended: boolean;
  inCatalog: boolean;
  /** Today's status of the replacement itself, when it is in the catalog. */
  status: LifecycleStatus | null;
};

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

export type CostComparison = {
  before: CostResult;
  after: CostResult | null;
  /** after − before, USD per month (exact decimal string); null when either side is unpriced. */
  deltaPerMonth: string | null;
  /** Percent change vs before, one decimal; null when not computable. */
  deltaPercent: string | null;
};

export type MigrationPlan = {
  from: MigrationModel;
  countdown: Countdown;
  replacements: ReplacementView[];
  target: {
    id: string;
    model: MigrationModel | null;
    countdown: Countdown | null;
    /** Set when the target is itself retiring or shut down. */
    chainNote: string | null;
  } | null;
  changes: ChangeRow[];
  cost: CostComparison;
};

const yesNo = (v: boolean | null) => (v === null ? NOT_PUBLISHED : v ? "Yes" : "No");
const list = (v: readonly string[] | null) => (v === null ? NOT_PUBLISHED : v.join(", "));

function numericVerdict(a: number | null, b: number | null, higherIsBetter: boolean): ChangeRow["verdict"] {
  if (a === null || b === null || a === b) return null;
  return (b > a) === higherIsBetter ? "better" : "worse";
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
  const row = (label: string, before: string, after: string, verdict: ChangeRow["verdict"], raw: ChangeRow["raw"] = { before, after, unit: null }) =>
    rows.push({ label, before, after, changed: before !== after, verdict: before === after ? null : verdict, raw });
  const figures = (x: RawFigure, y: RawFigure, unit: string) => ({ before: x, after: y, unit });
  const shutdown = (m: MigrationModel) => m.lifecycle.shutdownDate ?? "none announced";
  const maxInput = (m: MigrationModel) => m.maxInput ?? "= context window";

  row("Status", STATUS_LABEL[effectiveStatus(a.lifecycle, today)], STATUS_LABEL[effectiveStatus(b.lifecycle, today)], null);
  row("Shutdown date", a.lifecycle.shutdownDate ? formatDate(a.lifecycle.shutdownDate) : "none announced",
    b.lifecycle.shutdownDate ? formatDate(b.lifecycle.shutdownDate) : "none announced", null, figures(shutdown(a), shutdown(b), "YYYY-MM-DD"));
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
  row("Long-context pricing", lc(a), lc(b), a.priced.longContext && !b.priced.longContext ? "better" : !a.priced.longContext && b.priced.longContext ? "worse" : null);
  row("Context window (tokens)", formatTokens(a.contextWindow), formatTokens(b.contextWindow), numericVerdict(a.contextWindow, b.contextWindow, true),
    figures(a.contextWindow, b.contextWindow, "tokens"));
  row("Max input (tokens)", a.maxInput === null ? "= context window" : formatTokens(a.maxInput),
    b.maxInput === null ? "= context window" : formatTokens(b.maxInput),
    numericVerdict(a.maxInput ?? a.contextWindow, b.maxInput ?? b.contextWindow, true), figures(maxInput(a), maxInput(b), "tokens"));
  row("Max output (tokens)", formatTokens(a.maxOutput), formatTokens(b.maxOutput), numericVerdict(a.maxOutput, b.maxOutput, true),
    figures(a.maxOutput, b.maxOutput, "tokens"));
  row("Input modalities", list(a.inputModalities), list(b.inputModalities), setVerdict(a.inputModalities, b.inputModalities));
  row("Output modalities", list(a.outputModalities), list(b.outputModalities), setVerdict(a.outputModalities, b.outputModalities));
  row("Reasoning", reasoningText(a), reasoningText(b), null);
  const feature = (label: string, x: boolean | null, y: boolean | null) =>
    row(label, yesNo(x), yesNo(y), boolVerdict(x, y), figures(x, y, "yes/no"));
  feature("Fine-tuning", a.fineTuning, b.fineTuning);
  feature("Function calling", a.functionCalling, b.functionCalling);
  feature("Structured outputs", a.structuredOutputs, b.structuredOutputs);
  row("Knowledge cutoff", formatDate(a.knowledgeCutoff), formatDate(b.knowledgeCutoff),
    a.knowledgeCutoff && b.knowledgeCutoff ? (b.knowledgeCutoff > a.knowledgeCutoff ? "better" : "worse") : null,
    figures(a.knowledgeCutoff, b.knowledgeCutoff, "YYYY-MM(-DD)"));
  return rows;
}

export function compareCost(from: MigrationModel, to: MigrationModel | null, workload: Workload): CostComparison {
  const before = monthlyCost(from.priced, workload, "standard");
  const after = to ? monthlyCost(to.priced, workload, "standard") : null;
  if (!before.ok || !after || !after.ok) return { before, after, deltaPerMonth: null, deltaPercent: null };
  const b = new Decimal(before.perMonth);
  const delta = new Decimal(after.perMonth).sub(b);
  return {
    before,
    after,
    deltaPerMonth: delta.toFixed(),
    deltaPercent: b.isZero() ? null : delta.div(b).mul(100).toDecimalPlaces(1).toFixed(),
  };
}

/** A side-by-side row's change in words: "same", "changed: better", "changed: worse", "changed". */
export function changeText(r: ChangeRow): string {
  if (!r.changed) return "same";
  return r.verdict ? `changed: ${r.verdict}` : "changed";
}

/** The difference in words, as the plan shows it: "saves 22.2%", "costs 5% more", "same cost". */
export function costChangeText(c: CostComparison): string {
  if (c.deltaPerMonth === null) return "needs a price on both sides";
  if (new Decimal(c.deltaPerMonth).isZero()) return "same cost";
  const percent = c.deltaPercent === null ? "" : ` ${c.deltaPercent.replace("-", "")}%`;
  return c.deltaPerMonth.startsWith("-") ? `saves${percent}` : `costs${percent} more`;
}

/** Why one side of the plan's cost has no price, in the plan's words; null when it is priced. */
export function unpricedReason(plan: MigrationPlan, side: "before" | "after"): string | null {
  const cost = plan.cost[side];
  if (cost?.ok) return null;
  if (cost) return cost.message;
  return plan.target ? "not in our catalog yet: no sourced price" : "choose a model to compare with";
}

export function planMigration(
  fromId: string,
  toId: string | null,
  models: ReadonlyMap<string, MigrationModel>,
  workload: Workload,
  today: string,
): MigrationPlan | null {
  const from = models.get(fromId);
  if (!from) return null;
  const replacements: ReplacementView[] = from.lifecycle.replacements.map((r, i) => {
    const m = models.get(r.id);
    return {
      id: r.id,
      readOn: r.readOn,
      note: r.note ?? null,
      source: from.sources[r.source] ?? null,
      recommended: i === 0,
      inCatalog: m !== undefined,
      status: m ? effectiveStatus(m.lifecycle, today) : null,
    };
  });
  const targetId = toId && toId !== fromId ? toId : (replacements[0]?.id ?? null);
  let target: MigrationPlan["target"] = null;
  if (targetId) {
    const model = models.get(targetId) ?? null;
    const cd = model ? countdown(model.lifecycle, today) : null;
    let chainNote: string | null = null;
    if (model && cd && (cd.status === "deprecated" || cd.status === "shutdown")) {
      const next = model.lifecycle.replacements[0]?.id;
      chainNote = `${model.id} is itself ${cd.status === "shutdown" ? "shut down" : "retiring"}: ${cd.headline.toLowerCase()}. ${cd.text}${next ? ` Its recommended replacement is ${next}.` : ""}`;
    }
    target = { id: targetId, model, countdown: cd, chainNote };
  }
  const targetModel = target?.model ?? null;
  return {
    from,
    countdown: countdown(from.lifecycle, today),
    replacements,
    target,
    changes: targetModel ? compareModels(from, targetModel, today) : [],
    cost: compareCost(from, targetModel, workload),
  };
}
