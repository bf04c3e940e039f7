/**
 * The table twins: for each chart, its columns (header, sort value) over the same rows the
 * chart draws, so the table, the export (lib/export/charts.ts) and the chart cannot disagree.
 * Components render the cells; everything a cell shows is derived here or in labels.ts.
 */
import type { BenchmarkTableRow } from "./benchmarks";
import type { ContextBar, ContextChart } from "./context";
import type { PriceBar, PriceChart } from "./prices";
import type { QualityPoint } from "./quality";
import type { SortValue } from "./sort";
import type { ChartModelLabel } from "./types";

type Column<R> = {
  id: string;
  header: string;
  numeric: boolean;
  sortValue: (r: R) => SortValue;
};

/** Rank of a lifecycle, so "Lifecycle" sorts active → deprecated → shut down → unknown. */
const STATUS_RANK = { active: 0, deprecated: 1, shutdown: 2, unknown: 3 } as const;
const statusSort = (m: ChartModelLabel) => STATUS_RANK[m.status];

// Benchmark scores -------------------------------------------------------------------------

export const BENCH_COLUMNS = [
  { id: "model", header: "Model", numeric: false, sortValue: (r) => r.model.id },
  { id: "status", header: "Lifecycle", numeric: false, sortValue: (r) => statusSort(r.model) },
  { id: "score", header: "Score", numeric: true, sortValue: (r) => r.score?.value ?? null },
  { id: "reportedBy", header: "Reported by", numeric: false, sortValue: (r) => r.score?.reportedBy ?? null },
  { id: "setting", header: "Setting", numeric: false, sortValue: (r) => r.score?.setting ?? null },
  { id: "source", header: "Source", numeric: false, sortValue: (r) => r.score?.sourceTitle ?? null },
  { id: "date", header: "Date", numeric: true, sortValue: (r) => r.score?.date ?? null },
] as const satisfies readonly Column<BenchmarkTableRow>[];

// Prices -----------------------------------------------------------------------------------

/** A table row per drawn model, and per listed model without prices (all three empty). */
export type PriceTableRow = PriceBar & { note: "not offered" | "not published" | null };

export function priceRows(chart: PriceChart): PriceTableRow[] {
  const empty = { input: null, cachedInput: null, output: null };
  return [
    ...chart.bars.map((b) => ({ ...b, note: null })),
    ...chart.notPublished.map((m) => ({ ...m, ...empty, note: "not published" as const })),
    ...chart.notOffered.map((m) => ({ ...m, ...empty, note: "not offered" as const })),
  ];
}

export const PRICE_COLUMNS = [
  { id: "model", header: "Model", numeric: false, sortValue: (r) => r.id },
  { id: "status", header: "Lifecycle", numeric: false, sortValue: statusSort },
  { id: "input", header: "Input", numeric: true, sortValue: (r) => r.input },
  { id: "cachedInput", header: "Cached input", numeric: true, sortValue: (r) => r.cachedInput },
  { id: "output", header: "Output", numeric: true, sortValue: (r) => r.output },
] as const satisfies readonly Column<PriceTableRow>[];

// Context ----------------------------------------------------------------------------------

export type ContextTableRow = ContextBar & { note: "not published" | null };

export function contextRows(chart: ContextChart): ContextTableRow[] {
  return [
    ...chart.bars.map((b) => ({ ...b, note: null })),
    ...chart.notPublished.map((m) => ({ ...m, contextWindow: null, maxOutput: null, note: "not published" as const })),
  ];
}

export const CONTEXT_COLUMNS = [
  { id: "model", header: "Model", numeric: false, sortValue: (r) => r.id },
  { id: "status", header: "Lifecycle", numeric: false, sortValue: statusSort },
  { id: "contextWindow", header: "Context window", numeric: true, sortValue: (r) => r.contextWindow },
  { id: "maxOutput", header: "Max output", numeric: true, sortValue: (r) => r.maxOutput },
] as const satisfies readonly Column<ContextTableRow>[];

// Quality against price --------------------------------------------------------------------

export const QUALITY_COLUMNS = [
  { id: "model", header: "Model", numeric: false, sortValue: (r) => r.id },
  { id: "status", header: "Lifecycle", numeric: false, sortValue: statusSort },
  { id: "score", header: "Score", numeric: true, sortValue: (r) => r.score },
  { id: "reportedBy", header: "Reported by", numeric: false, sortValue: (r) => r.reportedBy },
  { id: "price", header: "Blended price", numeric: true, sortValue: (r) => r.price },
  { id: "input", header: "Input", numeric: true, sortValue: (r) => r.input },
  { id: "output", header: "Output", numeric: true, sortValue: (r) => r.output },
  { id: "frontier", header: "On the frontier", numeric: false, sortValue: (r) => (r.onFrontier ? 0 : 1) },
] as const satisfies readonly Column<QualityPoint>[];

// Shared ------------------------------------------------------------------------------------

export const TABLE_COLUMN_IDS = {
  bench: BENCH_COLUMNS.map((c) => c.id),
  price: PRICE_COLUMNS.map((c) => c.id),
  context: CONTEXT_COLUMNS.map((c) => c.id),
  quality: QUALITY_COLUMNS.map((c) => c.id),
} as const;
