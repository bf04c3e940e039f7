"use client";

import { linearScale, percentScale } from "@/lib/charts/bar-scale";
import type { BenchmarkChart, BenchmarkOption, BenchmarkTableRow } from "@/lib/charts/benchmarks";
import { formatScore, shortLifecycle } from "@/lib/charts/labels";
import { sortRows } from "@/lib/charts/sort";
import { BENCH_COLUMNS } from "@/lib/charts/tables";
import { benchmarkExport } from "@/lib/export/charts";
import { formatDate } from "@/lib/format";

import { BarChart } from "./bar-chart";
import { BenchmarkTip } from "./bar-tooltips";
import { IdentityCell, Muted, NoteLine } from "./cells";
import { ChartSection, type SectionTableProps } from "./chart-section";
import { BenchmarkSelect } from "./controls";
import { DataTable, type TableColumnView } from "./data-table";
import { Legend } from "./legend";

type Props = SectionTableProps & {
  chart: BenchmarkChart;
  options: readonly BenchmarkOption[];
  onBenchmarkChange: (slug: string) => void;
};

export function BenchmarkSection({
  chart,
  options,
  onBenchmarkChange,
  asTable,
  onAsTableChange,
  sort,
  onSortChange,
  exportMeta,
}: Props) {
  const { benchmark } = chart;
  const rows = sortRows(chart.rows, BENCH_COLUMNS, sort);
  const columns: TableColumnView<BenchmarkTableRow>[] = BENCH_COLUMNS.map((c) => ({
    ...c,
    wideOnly: c.id === "status",
    header: c.id === "score" ? `${benchmark.name} score` : c.header,
    cell: (r: BenchmarkTableRow) => {
      const s = r.score;
      if (c.id === "model" || c.id === "status") return <IdentityCell column={c.id} model={r.model} />;
      switch (c.id) {
        case "score":
          return s ? formatScore(s.value, benchmark.unit) : <Muted />;
        case "reportedBy":
          return s ? (
            <span>
              {s.reportedBy}
              <span className="block text-xs text-fg-subtle">{s.reporter}</span>
            </span>
          ) : null;
        case "setting":
          return s?.setting ?? null;
        case "source":
          return s ? (
            <a href={s.sourceUrl} className="underline underline-offset-2" rel="noreferrer">
              {s.sourceTitle}
            </a>
          ) : null;
        case "date":
          return s ? s.date ? <time dateTime={s.date}>{formatDate(s.date)}</time> : <Muted>not shown</Muted> : null;
      }
    },
  }));
  const series: ("selfReported" | "independent")[] = [
    ...(chart.hasSelf ? (["selfReported"] as const) : []),
    ...(chart.hasIndependent ? (["independent"] as const) : []),
  ];
  const percent = benchmark.unit === "%";
  const format = (v: number) => formatScore(v, benchmark.unit);

  return (
    <ChartSection
      id="benchmarks"
      title="Benchmark scores"
      description="Which model scores best: one bar per published score, best first among the models that stay callable, then those retiring within 90 days, then shut down. Hatched bars are self-reported by OpenAI; solid bars were measured independently."
      controls={<BenchmarkSelect label="Benchmark" value={benchmark.slug} options={options} onChange={onBenchmarkChange} />}
      asTable={asTable}
      onAsTableChange={onAsTableChange}
      exported={benchmarkExport(chart, rows)}
      exportMeta={exportMeta}
      notes={
        <>
          {!asTable ? <NoteLine label={`${benchmark.name} not published`} models={chart.notPublished} /> : null}
          <p className="text-fg-subtle">
            <span className="font-medium text-fg">About MMLU:</span> the article compared models on MMLU, but it is near
            saturation: the best scores here are already close to 90%, differences of a point or two are within noise, and OpenAI
            no longer reports it for its newer small models. Harder benchmarks separate today&apos;s models better: GPQA Diamond
            (graduate-level science questions), SWE-bench (fixing real GitHub issues) and Terminal-Bench (agentic command-line
            work).
          </p>
        </>
      }
    >
      {asTable ? (
        <DataTable
          caption={`${benchmark.name} scores of the shown models`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.key}
          sort={sort}
          onSortChange={onSortChange}
        />
      ) : chart.bars.length ? (
        <>
          <Legend items={series.map((k) => ({ series: k }))} />
          <BarChart
            label={`Bar chart: ${benchmark.name} scores by model`}
            keyHint="Best score first. The arrow keys move between models; each model's scores are read out."
            series={series}
            rows={chart.bars.map((b) => ({ id: b.id, sub: shortLifecycle(b), values: series.map((k) => b[k]) }))}
            scale={percent ? percentScale() : linearScale(chart.bars.flatMap((b) => [b.selfReported, b.independent]))}
            format={format}
            axisTitle={percent ? `${benchmark.name} score (%)` : `${benchmark.name} (${benchmark.unit})`}
            valueRoom={56}
            tooltip={(i) => <BenchmarkTip bar={chart.bars[i]!} unit={benchmark.unit} />}
          />
        </>
      ) : (
        <p className="text-sm text-fg-muted">None of the shown models publishes a {benchmark.name} score.</p>
      )}
    </ChartSection>
  );
}
