/**
 * The calculator view's URL contract: every input of the calculator, its parser (shared by the
 * server loader and the client hook), its short key, the serializer for "Copy link" and the
 * list of parameters a link carried but the view could not read.
 *
 * Continuous controls (sliders, typed amounts) write the URL throttled and replace the history
 * entry; nothing here pushes. An unreadable or out-of-range value parses to null, so nuqs falls
 * back to the default and the page names the parameter in a notice.
 */
import { createLoader, createParser, createSerializer, parseAsStringLiteral, type SearchParams } from "nuqs/server";

import { isBudgetString } from "@/lib/cost/budget";
import { DEFAULT_SORT, SORT_COLUMNS, type CalcSort, type SortColumn } from "@/lib/cost/calculator-rows";
import { CHART_AXES } from "@/lib/cost/chart";
import { PRESET_IDS, type Preset } from "@/lib/cost/presets";
import { SERVICE_TIERS } from "@/lib/cost/tiers";
import type { ServiceTier, Workload } from "@/lib/cost/types";
import { DEFAULT_INPUTS, LIMITS, switchMode, type CalculatorInputs, type VolumeMode } from "@/lib/cost/workload";

import { AS_OF_KEY, asOfParser, isAsOfInRange, sanitizeAsOf } from "./as-of";
import { findIgnoredParams } from "./ignored";
import type { LinkContract } from "./page";
import { parseAsModelIdList, parseAsStrictBoolean, parseAsWholeNumber, sliderUrlUpdates } from "./parsers";

export const TIERS = SERVICE_TIERS;
export const MODES = ["day", "request"] as const satisfies readonly VolumeMode[];

/** "month" ascending, "-month" descending. */
const parseAsCalcSort = createParser<CalcSort>({
  parse(value) {
    const desc = value.startsWith("-");
    const column = (desc ? value.slice(1) : value) as SortColumn;
    return (SORT_COLUMNS as readonly string[]).includes(column) ? { column, desc } : null;
  },
  serialize: (s) => `${s.desc ? "-" : ""}${s.column}`,
  eq: (a, b) => a.column === b.column && a.desc === b.desc,
});

/** Dollars a month with at most cents, 0 < b ≤ 1e9, as a decimal string (money stays exact). */
const parseAsBudget = createParser<string>({
  parse: (v) => (isBudgetString(v) ? v : null),
  serialize: (v) => v,
});

const D = DEFAULT_INPUTS;
const L = LIMITS;

export const calculatorParsers = {
  mode: parseAsStringLiteral(MODES).withDefault(D.mode),
  inputPerDay: parseAsWholeNumber(0, L.tokensPerDay.max).withDefault(D.inputPerDay).withOptions(sliderUrlUpdates),
  outputPerDay: parseAsWholeNumber(0, L.tokensPerDay.max).withDefault(D.outputPerDay).withOptions(sliderUrlUpdates),
  reasoningPerDay: parseAsWholeNumber(0, L.tokensPerDay.max).withDefault(D.reasoningPerDay).withOptions(sliderUrlUpdates),
  requestsPerDay: parseAsWholeNumber(0, L.requestsPerDay.max).withDefault(D.requestsPerDay).withOptions(sliderUrlUpdates),
  inputPerRequest: parseAsWholeNumber(0, L.inputPerRequest.max).withDefault(D.inputPerRequest).withOptions(sliderUrlUpdates),
  outputPerRequest: parseAsWholeNumber(0, L.outputPerRequest.max).withDefault(D.outputPerRequest).withOptions(sliderUrlUpdates),
  reasoningPerRequest: parseAsWholeNumber(0, L.reasoningPerRequest.max)
    .withDefault(D.reasoningPerRequest)
    .withOptions(sliderUrlUpdates),
  cachedPercent: parseAsWholeNumber(L.cachedPercent.min, L.cachedPercent.max)
    .withDefault(D.cachedPercent)
    .withOptions(sliderUrlUpdates),
  daysPerMonth: parseAsWholeNumber(L.daysPerMonth.min, L.daysPerMonth.max)
    .withDefault(D.daysPerMonth)
    .withOptions(sliderUrlUpdates),
  tier: parseAsStringLiteral(TIERS).withDefault("standard"),
  preset: parseAsStringLiteral(PRESET_IDS),
  models: parseAsModelIdList.withDefault([]),
  budget: parseAsBudget.withOptions(sliderUrlUpdates),
  retired: parseAsStrictBoolean.withDefault(false),
  snapshots: parseAsStrictBoolean.withDefault(false),
  sort: parseAsCalcSort.withDefault(DEFAULT_SORT),
  chartAxis: parseAsStringLiteral(CHART_AXES).withDefault("input"),
  /** Prices and standings as of this day; null is today (lib/url/as-of.ts). */
  on: asOfParser,
};

export const calculatorUrlKeys = {
  mode: "mode",
  inputPerDay: "in",
  outputPerDay: "out",
  reasoningPerDay: "rsn",
  requestsPerDay: "req",
  inputPerRequest: "inr",
  outputPerRequest: "outr",
  reasoningPerRequest: "rsnr",
  cachedPercent: "cache",
  daysPerMonth: "days",
  tier: "tier",
  preset: "preset",
  models: "m",
  budget: "budget",
  retired: "retired",
  snapshots: "snap",
  sort: "sort",
  chartAxis: "axis",
  on: AS_OF_KEY,
} as const;

export const loadCalculatorParams = createLoader(calculatorParsers, { urlKeys: calculatorUrlKeys });
export const serializeCalculator = createSerializer(calculatorParsers, { urlKeys: calculatorUrlKeys });
export type CalculatorState = Awaited<ReturnType<typeof loadCalculatorParams>>;
type CalculatorPatch = Partial<{ [K in keyof CalculatorState]: CalculatorState[K] | null }>;

export const CALCULATOR_PATH = "/calculator";

/** The canonical link to a state (defaults left out): "Copy link", and every link into the calculator. */
export function calculatorHref(state: Partial<CalculatorState>): string {
  return serializeCalculator(CALCULATOR_PATH, state);
}

/**
 * Another view's "price this in the calculator": these models with that daily workload and tier,
 * as of the other view's day (null: today).
 */
export function priceInCalculatorHref(
  models: readonly string[],
  w: Pick<Workload, "inputTokensPerDay" | "outputTokensPerDay">,
  tier: ServiceTier = "standard",
  on: string | null = null,
): string {
  return calculatorHref({ models: [...models], inputPerDay: w.inputTokensPerDay, outputPerDay: w.outputTokensPerDay, tier, on });
}

/** What a calculator link is checked against: the catalog's IDs, and today (the "as of" day's bounds). */
export type CalculatorKnown = { ids: ReadonlySet<string>; today: string };

/** Parameters present but unreadable, including model IDs the catalog does not know and days out of range. */
export function ignoredCalculatorParams(searchParams: SearchParams, known: CalculatorKnown) {
  return findIgnoredParams(searchParams, calculatorParsers, calculatorUrlKeys, {
    models: (parsed) => Array.isArray(parsed) && parsed.every((x) => known.ids.has(x)),
    on: (parsed) => isAsOfInRange(parsed as string, known.today),
  });
}

/**
 * Drops a focus list naming unknown models (the server notices it; the table must not use it),
 * and a day out of range or today itself (today is the default, left out of the link).
 */
export function sanitizeCalculatorState(state: CalculatorState, known: CalculatorKnown): CalculatorState {
  const on = sanitizeAsOf(state.on, known.today);
  const models = state.models.every((id) => known.ids.has(id)) ? state.models : [];
  return on === state.on && models === state.models ? state : { ...state, models, on };
}

/** How the page loader reads a calculator link (lib/url/calculator-page.ts). */
export const calculatorLink: LinkContract<CalculatorState, CalculatorKnown> = {
  keys: Object.values(calculatorUrlKeys),
  load: loadCalculatorParams,
  sanitize: sanitizeCalculatorState,
  ignored: ignoredCalculatorParams,
  serialize: serializeCalculator,
};

export function inputsFromState(s: CalculatorState): CalculatorInputs {
  return {
    mode: s.mode,
    inputPerDay: s.inputPerDay,
    outputPerDay: s.outputPerDay,
    reasoningPerDay: s.reasoningPerDay,
    requestsPerDay: s.requestsPerDay,
    inputPerRequest: s.inputPerRequest,
    outputPerRequest: s.outputPerRequest,
    reasoningPerRequest: s.reasoningPerRequest,
    cachedPercent: s.cachedPercent,
    daysPerMonth: s.daysPerMonth,
  };
}

const DAY_FIELDS = ["inputPerDay", "outputPerDay", "reasoningPerDay"] as const;
const REQUEST_FIELDS = ["requestsPerDay", "inputPerRequest", "outputPerRequest", "reasoningPerRequest"] as const;

/**
 * Switching between tokens per day and requests keeps the daily totals; the fields of the mode
 * left behind return to their defaults, so a link carries only what is in use.
 */
export function modePatch(s: CalculatorState, to: VolumeMode): CalculatorPatch {
  const next = switchMode(inputsFromState(s), to);
  const patch: CalculatorPatch = { mode: to };
  const [keep, drop] = to === "day" ? [DAY_FIELDS, REQUEST_FIELDS] : [REQUEST_FIELDS, DAY_FIELDS];
  for (const k of keep) patch[k] = next[k];
  for (const k of drop) patch[k] = null;
  return patch;
}

/** Everything a preset sets; the rest (budget, sort, chart axis, snapshots) stays as it is. */
export function presetPatch(p: Preset): CalculatorPatch {
  const i = p.inputs;
  const patch: CalculatorPatch = {
    preset: p.id,
    mode: i.mode,
    cachedPercent: i.cachedPercent,
    daysPerMonth: i.daysPerMonth,
    tier: p.tier,
    retired: p.includeRetired,
    models: p.focus,
  };
  const [keep, drop] = i.mode === "day" ? [DAY_FIELDS, REQUEST_FIELDS] : [REQUEST_FIELDS, DAY_FIELDS];
  for (const k of keep) patch[k] = i[k];
  for (const k of drop) patch[k] = null;
  return patch;
}

/** A link that opens the calculator on a preset, as if its button had been pressed. */
export function presetHref(p: Preset): string {
  return serializeCalculator(CALCULATOR_PATH, presetPatch(p));
}

/** Whether the state still shows the preset's workload (otherwise the label says "modified"). */
export function matchesPreset(s: CalculatorState, p: Preset): boolean {
  const i = p.inputs;
  const fields = i.mode === "day" ? DAY_FIELDS : REQUEST_FIELDS;
  return (
    s.mode === i.mode &&
    fields.every((k) => s[k] === i[k]) &&
    s.cachedPercent === i.cachedPercent &&
    s.daysPerMonth === i.daysPerMonth &&
    s.tier === p.tier &&
    s.retired === p.includeRetired &&
    s.models.length === p.focus.length &&
    s.models.every((id) => p.focus.includes(id))
  );
}
