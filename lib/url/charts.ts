/**
 * The charts view's URL contract: parsers (shared by the server loader and the client hook),
 * short URL keys, the loader, the serializer and the list of ignored parameters. Unreadable
 * values parse to null, so nuqs falls back to the default and the page says what it ignored.
 */
import {
  createLoader,
  createParser,
  createSerializer,
  parseAsStringLiteral,
  throttle,
  type SearchParams,
} from "nuqs/server";
import { DEFAULT_BENCHMARK, DEFAULT_QUALITY_BENCHMARK } from "@/lib/charts/benchmarks";
import { SCALES } from "@/lib/charts/axis";
import { SERVICE_TIERS } from "@/lib/cost/tiers";
import { DEFAULT_INPUT_SHARE, INPUT_SHARE_STEP } from "@/lib/charts/quality";
import type { TableSort } from "@/lib/charts/sort";
import { TABLE_COLUMN_IDS } from "@/lib/charts/tables";
import { CHART_IDS, type ChartId } from "@/lib/charts/types";
import { findIgnoredParams } from "./ignored";

const MAX_SLUG_LENGTH = 64;
const MAX_LIST_ITEMS = 40;
const MAX_ID_LENGTH = 64;
/** The blend slider writes the URL at most this often while it is dragged. */
const SLIDER_URL_THROTTLE_MS = 200;

const parseAsSlug = createParser<string>({
  parse: (v) => (v.length <= MAX_SLUG_LENGTH && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) ? v : null),
  serialize: (v) => v,
});

/** Input share of the token mix in percent: a whole multiple of the slider step in 0–100. */
export const parseAsInputShare = createParser<number>({
  parse(v) {
    if (!/^\d{1,3}$/.test(v)) return null;
    const n = Number(v);
    return n <= 100 && n % INPUT_SHARE_STEP === 0 ? n : null;
  },
  serialize: (n) => String(n),
});

/** A comma list whose every item must be valid; one bad item rejects the list (and notices it). */
function strictList<T extends string>(isValid: (s: string) => s is T) {
  return createParser<T[]>({
    parse(value) {
      const items = value.split(",").filter(Boolean);
      if (!items.length || items.length > MAX_LIST_ITEMS || !items.every(isValid)) return null;
      return [...new Set(items)];
    },
    serialize: (items) => items.join(","),
    eq: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  });
}

/** "1"/"0" (also "true"/"false"); anything else is unreadable rather than silently false. */
const parseAsFlag = createParser<boolean>({
  parse: (v) => (v === "1" || v === "true" ? true : v === "0" || v === "false" ? false : null),
  serialize: (b) => (b ? "1" : "0"),
});

/** "score" or "-score" (descending) for one table's columns. */
function parseAsTableSort(columns: readonly string[]) {
  return createParser<TableSort>({
    parse(v) {
      const desc = v.startsWith("-");
      const id = desc ? v.slice(1) : v;
      return columns.includes(id) ? { id, desc } : null;
    },
    serialize: (s) => `${s.desc ? "-" : ""}${s.id}`,
    eq: (a, b) => a.id === b.id && a.desc === b.desc,
  });
}

const isIdLike = (s: string): s is string => s.length <= MAX_ID_LENGTH && /^[a-z0-9][a-z0-9.-]*$/.test(s);
const isChartId = (s: string): s is ChartId => (CHART_IDS as readonly string[]).includes(s);

export const chartsParsers = {
  bench: parseAsSlug.withDefault(DEFAULT_BENCHMARK),
  tier: parseAsStringLiteral(SERVICE_TIERS).withDefault("standard"),
  scale: parseAsStringLiteral(SCALES).withDefault("linear"),
  qbench: parseAsSlug.withDefault(DEFAULT_QUALITY_BENCHMARK),
  mix: parseAsInputShare
    .withDefault(DEFAULT_INPUT_SHARE)
    .withOptions({ limitUrlUpdates: throttle(SLIDER_URL_THROTTLE_MS) }),
  qscale: parseAsStringLiteral(SCALES).withDefault("linear"),
  models: strictList(isIdLike).withDefault([]),
  retired: parseAsFlag.withDefault(false),
  tables: strictList(isChartId).withDefault([]),
  sortBench: parseAsTableSort(TABLE_COLUMN_IDS.bench),
  sortPrice: parseAsTableSort(TABLE_COLUMN_IDS.price),
  sortContext: parseAsTableSort(TABLE_COLUMN_IDS.context),
  sortQuality: parseAsTableSort(TABLE_COLUMN_IDS.quality),
};

export const chartsUrlKeys = {
  bench: "b",
  tier: "tier",
  scale: "scale",
  qbench: "qb",
  mix: "mix",
  qscale: "qscale",
  models: "m",
  retired: "old",
  tables: "tbl",
  sortBench: "sb",
  sortPrice: "sp",
  sortContext: "sc",
  sortQuality: "sq",
} as const;

export const loadChartsParams = createLoader(chartsParsers, { urlKeys: chartsUrlKeys });
export const serializeCharts = createSerializer(chartsParsers, { urlKeys: chartsUrlKeys });
export type ChartsState = Awaited<ReturnType<typeof loadChartsParams>>;

export type ChartsKnown = { benchmarks: ReadonlySet<string>; models: ReadonlySet<string> };

/** Parameters present but unreadable: bad syntax, or benchmarks/models the catalog does not know. */
export function ignoredChartsParams(searchParams: SearchParams, known: ChartsKnown) {
  const inSet = (set: ReadonlySet<string>) => (parsed: unknown) => typeof parsed === "string" && set.has(parsed);
  return findIgnoredParams(searchParams, chartsParsers, chartsUrlKeys, {
    bench: inSet(known.benchmarks),
    qbench: inSet(known.benchmarks),
    models: (parsed) => Array.isArray(parsed) && parsed.every((x) => known.models.has(x)),
  });
}

/** Drops values the catalog does not know (the server notices them; the charts must not use them). */
export function sanitizeChartsState(state: ChartsState, known: ChartsKnown): ChartsState {
  return {
    ...state,
    bench: known.benchmarks.has(state.bench) ? state.bench : DEFAULT_BENCHMARK,
    qbench: known.benchmarks.has(state.qbench) ? state.qbench : DEFAULT_QUALITY_BENCHMARK,
    models: state.models.every((m) => known.models.has(m)) ? state.models : [],
  };
}

/** The canonical link of a state (defaults omitted), for "Copy link". */
export function chartsHref(state: Partial<ChartsState>): string {
  return serializeCharts("/charts", state);
}
