/**
 * The charts view's URL contract: parsers (shared by the server loader and the client hook),
 * short URL keys, the loader, the serializer and the list of ignored parameters. Unreadable
 * values parse to null, so nuqs falls back to the default and the page says what it ignored.
 */
import { createLoader, createParser, createSerializer, parseAsStringLiteral, type SearchParams } from "nuqs/server";

import { SCALES } from "@/lib/charts/axis";
import { DEFAULT_BENCHMARK, DEFAULT_QUALITY_BENCHMARK } from "@/lib/charts/benchmarks";
import { DEFAULT_INPUT_SHARE, FRONTIER_SCOPES, INPUT_SHARE_STEP } from "@/lib/charts/quality";
import type { TableSort } from "@/lib/charts/sort";
import { TABLE_COLUMN_IDS } from "@/lib/charts/tables";
import { CHART_IDS, type ChartId } from "@/lib/charts/types";
import { SERVICE_TIERS } from "@/lib/cost/tiers";

import { findIgnoredParams } from "./ignored";
import type { LinkContract } from "./page";
import { parseAsCommaList, parseAsModelIdList, parseAsStrictBoolean, sliderUrlUpdates } from "./parsers";

const MAX_SLUG_LENGTH = 64;

const parseAsSlug = createParser<string>({
  parse: (v) => (v.length <= MAX_SLUG_LENGTH && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) ? v : null),
  serialize: (v) => v,
});

/** Input share of the token mix in percent: a whole multiple of the slider step in 0–100. */
const parseAsInputShare = createParser<number>({
  parse(v) {
    if (!/^\d{1,3}$/.test(v)) return null;
    const n = Number(v);
    return n <= 100 && n % INPUT_SHARE_STEP === 0 ? n : null;
  },
  serialize: (n) => String(n),
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

const isChartId = (s: string): s is ChartId => (CHART_IDS as readonly string[]).includes(s);

export const chartsParsers = {
  bench: parseAsSlug.withDefault(DEFAULT_BENCHMARK),
  tier: parseAsStringLiteral(SERVICE_TIERS).withDefault("standard"),
  scale: parseAsStringLiteral(SCALES).withDefault("linear"),
  qbench: parseAsSlug.withDefault(DEFAULT_QUALITY_BENCHMARK),
  mix: parseAsInputShare.withDefault(DEFAULT_INPUT_SHARE).withOptions(sliderUrlUpdates),
  qscale: parseAsStringLiteral(SCALES).withDefault("linear"),
  /** The frontier over models that stay callable past 90 days (default), or over every point shown. */
  frontier: parseAsStringLiteral(FRONTIER_SCOPES).withDefault("lasting"),
  models: parseAsModelIdList.withDefault([]),
  retired: parseAsStrictBoolean.withDefault(false),
  tables: parseAsCommaList(isChartId, { minItems: 1 }).withDefault([]),
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
  frontier: "qf",
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

type ChartsKnown = { benchmarks: ReadonlySet<string>; models: ReadonlySet<string> };

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

/** How the page loader reads a charts link (lib/url/charts-page.ts). */
export const chartsLink: LinkContract<ChartsState, ChartsKnown> = {
  keys: Object.values(chartsUrlKeys),
  load: loadChartsParams,
  sanitize: sanitizeChartsState,
  ignored: ignoredChartsParams,
  serialize: serializeCharts,
};

export const CHARTS_PATH = "/charts";

/** The canonical link of a state (defaults omitted), for "Copy link". */
export function chartsHref(state: Partial<ChartsState>): string {
  return serializeCharts(CHARTS_PATH, state);
}
