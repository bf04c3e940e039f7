/**
 * The table twins: for each chart, its columns (header, sort value, CSV value) over the same
 * rows the chart draws, so the table, the CSV and the chart cannot disagree. Components render
 * the cells; everything a cell shows is derived here or in labels.ts.
 */
import type { BenchmarkChart, BenchmarkTableRow } from "./benchmarks";
import type { ContextBar, ContextChart } from "./context";
import { toCsv, type CsvCell } from "./csv";
import { lifecycleText, sizeText } from "./labels";
import type { PriceBar, PriceChart } from "./prices";
import type { QualityChart, QualityPoint } from "./quality";
import { sortRows, type SortValue, type TableSort } from "./sort";
import type { ChartModelLabel } from "./types";

export type Column<R> = {
  id: string;
  header: string;
  numeric: boolean;
  sortValue: (r: R) => SortValue;
};

/** Rank of a lifecycle, so "Lifecycle" sorts active → deprecated → shut down → unknown. */
const STATUS_RANK = { active: 0, deprecated: 1, shutdown: 2, unknown: 3 } as const;
const statusSort = (m: ChartModelLabel) => STATUS_RANK[m.status];

const LABEL_CSV_HEADER = ["model", "name", "lifecycle", "size"] as const;
const labelCsv = (m: ChartModelLabel): CsvCell[] => [m.id, m.displayName, lifecycleText(m), sizeText(m)];

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

export function benchmarkCsv(chart: BenchmarkChart, rows: readonly BenchmarkTableRow[]): string {
  return toCsv(
    [...LABEL_CSV_HEADER, "benchmark", "score", "unit", "reported_by", "reporter", "setting", "source", "source_url", "date"],
    rows.map((r) => [
      ...labelCsv(r.model),
      chart.benchmark.name,
      r.score?.value ?? null,
      chart.benchmark.unit,
      r.score?.reportedBy ?? "not published",
      r.score?.reporter ?? null,
      r.score?.setting ?? null,
      r.score?.sourceTitle ?? null,
      r.score?.sourceUrl ?? null,
      r.score?.date ?? null,
    ]),
  );
}

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

export function priceCsv(chart: PriceChart, rows: readonly PriceTableRow[], tierLabel: string): string {
  return toCsv(
    [...LABEL_CSV_HEADER, "tier", "input_usd_per_1m", "cached_input_usd_per_1m", "output_usd_per_1m", "note"],
    rows.map((r) => [...labelCsv(r), tierLabel, r.input, r.cachedInput, r.output, r.note]),
  );
}

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

export function contextCsv(rows: readonly ContextTableRow[]): string {
  return toCsv(
    [...LABEL_CSV_HEADER, "context_window_tokens", "max_output_tokens", "note"],
    rows.map((r) => [...labelCsv(r), r.contextWindow, r.maxOutput, r.note]),
  );
}

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

export function qualityCsv(chart: QualityChart, rows: readonly QualityPoint[], tierLabel: string): string {
  return toCsv(
    [
      ...LABEL_CSV_HEADER,
      "benchmark",
      "score",
      "unit",
      "reported_by",
      "tier",
      "input_share_percent",
      "blended_usd_per_1m",
      "input_usd_per_1m",
      "output_usd_per_1m",
      "on_frontier",
      "source",
      "source_url",
      "date",
    ],
    rows.map((r) => [
      ...labelCsv(r),
      chart.benchmark.name,
      r.score,
      chart.benchmark.unit,
      r.reportedBy,
      tierLabel,
      chart.inputShare,
      r.price,
      r.input,
      r.output,
      r.onFrontier ? "yes" : "no",
      r.detail.sourceTitle,
      r.detail.sourceUrl,
      r.detail.date,
    ]),
  );
}

// Shared ------------------------------------------------------------------------------------

export const TABLE_COLUMN_IDS = {
  bench: BENCH_COLUMNS.map((c) => c.id),
  price: PRICE_COLUMNS.map((c) => c.id),
  context: CONTEXT_COLUMNS.map((c) => c.id),
  quality: QUALITY_COLUMNS.map((c) => c.id),
} as const;

export { sortRows, type TableSort };
