/**
 * The charts' exports: each chart's rows in the order its table twin shows them (the chart's
 * order until a column is sorted), for the models, tier, benchmark and blend the view shows.
 * Raw values with units in the headers; a model the chart lists as not published is a row
 * with nulls, as in the table.
 */
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import type { BenchmarkChart, BenchmarkInfo, BenchmarkTableRow } from "@/lib/charts/benchmarks";
import { sizeText } from "@/lib/charts/labels";
import type { QualityChart, QualityPoint } from "@/lib/charts/quality";
import type { ContextTableRow, PriceTableRow } from "@/lib/charts/tables";
import type { ChartModelLabel, ChartScore } from "@/lib/charts/types";

import { ISO_DATE, USD_PER_1M, type ExportColumn, type ExportTable, type ExportValue } from "./table";

/** One chart's export: the table, what it is (JSON `title`) and a file name stem. */
export type ChartExport = { table: ExportTable; title: string; file: string };

type Row = Record<string, ExportValue>;

const MODEL_COLUMNS: ExportColumn[] = [
  { key: "model", label: "Model ID" },
  { key: "name", label: "Name" },
  { key: "status", label: "Lifecycle" },
  { key: "shutdownDate", label: "Shutdown date", unit: ISO_DATE },
  { key: "size", label: "Size" },
];

function modelValues(m: ChartModelLabel): Row {
  return { model: m.id, name: m.displayName, status: STATUS_LABEL[m.status], shutdownDate: m.shutdownDate, size: sizeText(m) };
}

/** The score's column: "MMLU (%)". */
const scoreColumn = (b: BenchmarkInfo): ExportColumn => ({ key: "score", label: b.name, unit: b.unit });

const PROVENANCE_COLUMNS: ExportColumn[] = [
  { key: "reportedBy", label: "Reported by", unit: "self-reported/independent" },
  { key: "reporter", label: "Reporter" },
  { key: "setting", label: "Setting" },
  { key: "source", label: "Source" },
  { key: "sourceUrl", label: "Source URL" },
  { key: "date", label: "Date", unit: "YYYY-MM(-DD)" },
];

function provenanceValues(s: ChartScore | null): Row {
  return {
    reportedBy: s?.reportedBy ?? null,
    reporter: s?.reporter ?? null,
    setting: s?.setting ?? null,
    source: s?.sourceTitle ?? null,
    sourceUrl: s?.sourceUrl ?? null,
    date: s?.date ?? null,
  };
}

/** "Service Tier" → "service-tier": a file-name part. */
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");

export function benchmarkExport(chart: BenchmarkChart, rows: readonly BenchmarkTableRow[]): ChartExport {
  const b = chart.benchmark;
  return {
    title: `Benchmark scores: ${b.name}`,
    file: `charts-benchmark-${b.slug}`,
    table: {
      columns: [...MODEL_COLUMNS, { key: "benchmark", label: "Benchmark" }, scoreColumn(b), ...PROVENANCE_COLUMNS],
      rows: rows.map((r) => ({
        ...modelValues(r.model),
        benchmark: b.name,
        score: r.score?.value ?? null,
        ...provenanceValues(r.score),
      })),
    },
  };
}

const NOTE: Record<NonNullable<PriceTableRow["note"]>, (tier: string) => string> = {
  "not offered": (tier) => `Not offered on ${tier}`,
  "not published": (tier) => `${tier} prices not published`,
};

export function priceExport(rows: readonly PriceTableRow[], tierLabel: string): ChartExport {
  return {
    title: `Prices: ${tierLabel} tier`,
    file: `charts-prices-${slug(tierLabel)}`,
    table: {
      columns: [
        ...MODEL_COLUMNS,
        { key: "tier", label: "Service tier" },
        { key: "input", label: "Input price", unit: USD_PER_1M },
        { key: "cachedInput", label: "Cached input price", unit: USD_PER_1M },
        { key: "output", label: "Output price", unit: USD_PER_1M },
        { key: "note", label: "Note" },
      ],
      rows: rows.map((r) => ({
        ...modelValues(r),
        tier: tierLabel,
        input: r.input,
        cachedInput: r.cachedInput,
        output: r.output,
        note: r.note ? NOTE[r.note](tierLabel) : "",
      })),
    },
  };
}

export function contextExport(rows: readonly ContextTableRow[]): ChartExport {
  return {
    title: "Context window and max output",
    file: "charts-context-windows",
    table: {
      columns: [
        ...MODEL_COLUMNS,
        { key: "contextWindow", label: "Context window", unit: "tokens" },
        { key: "maxOutput", label: "Max output", unit: "tokens" },
      ],
      rows: rows.map((r) => ({ ...modelValues(r), contextWindow: r.contextWindow, maxOutput: r.maxOutput })),
    },
  };
}

export function qualityExport(chart: QualityChart, rows: readonly QualityPoint[], tierLabel: string): ChartExport {
  const b = chart.benchmark;
  return {
    title: `Quality against price: ${b.name}, ${tierLabel} tier, ${chart.inputShare}% input`,
    file: `charts-quality-${b.slug}-vs-price`,
    table: {
      columns: [
        ...MODEL_COLUMNS,
        { key: "benchmark", label: "Benchmark" },
        scoreColumn(b),
        { key: "tier", label: "Service tier" },
        { key: "inputShare", label: "Input share of the blend", unit: "%" },
        { key: "price", label: "Blended price", unit: USD_PER_1M },
        { key: "input", label: "Input price", unit: USD_PER_1M },
        { key: "output", label: "Output price", unit: USD_PER_1M },
        { key: "onFrontier", label: "On the cost-efficient frontier", unit: "yes/no" },
        ...PROVENANCE_COLUMNS,
      ],
      rows: rows.map((p) => ({
        ...modelValues(p),
        benchmark: b.name,
        score: p.score,
        tier: tierLabel,
        inputShare: chart.inputShare,
        price: p.price,
        input: p.input,
        output: p.output,
        onFrontier: p.onFrontier,
        ...provenanceValues(p.detail),
      })),
    },
  };
}
