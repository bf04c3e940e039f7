"use client";

import { checkboxVariants } from "@/components/ui/checkbox";
import { STANDING_LABEL } from "@/lib/catalog/headline";
import type { Scale } from "@/lib/charts/axis";
import type { BenchmarkOption } from "@/lib/charts/benchmarks";
import { formatScore } from "@/lib/charts/labels";
import { formatMix, INPUT_SHARE_STEP, type FrontierScope, type QualityChart, type QualityPoint } from "@/lib/charts/quality";
import { sortRows } from "@/lib/charts/sort";
import { QUALITY_COLUMNS } from "@/lib/charts/tables";
import { qualityExport } from "@/lib/export/charts";
import { formatPrice } from "@/lib/format";

import { IdentityCell, NoteLine } from "./cells";
import { ChartFrame } from "./chart-frame";
import { ChartSection, type SectionTableProps } from "./chart-section";
import { BenchmarkSelect, ScaleRadios } from "./controls";
import { DataTable, type TableColumnView } from "./data-table";
import { LazyQualityChart } from "./lazy-charts";
import { Legend } from "./legend";

type Props = SectionTableProps & {
  chart: QualityChart;
  options: readonly BenchmarkOption[];
  onBenchmarkChange: (slug: string) => void;
  tierName: string;
  onInputShareChange: (pct: number) => void;
  scale: Scale;
  onScaleChange: (s: Scale) => void;
  onFrontierChange: (scope: FrontierScope) => void;
};

function mixText(pct: number): string {
  return `${pct}% input, ${100 - pct}% output (${formatMix(pct)})`;
}

export function QualitySection(props: Props) {
  const {
    chart,
    options,
    onBenchmarkChange,
    tierName,
    onInputShareChange,
    scale,
    onScaleChange,
    onFrontierChange,
    asTable,
    onAsTableChange,
    sort,
    onSortChange,
    exportMeta,
  } = props;
  const { benchmark } = chart;
  const rows = sortRows(chart.points, QUALITY_COLUMNS, sort);
  const columns: TableColumnView<QualityPoint>[] = QUALITY_COLUMNS.map((c) => ({
    ...c,
    wideOnly: c.id === "status",
    header:
      c.id === "score"
        ? `${benchmark.name} score`
        : c.id === "price" || c.id === "input" || c.id === "output"
          ? `${c.header} (USD / 1M)`
          : c.header,
    cell: (p: QualityPoint) => {
      if (c.id === "model" || c.id === "status") return <IdentityCell column={c.id} model={p} />;
      switch (c.id) {
        case "score":
          return formatScore(p.score, benchmark.unit);
        case "reportedBy":
          return p.reportedBy;
        case "price":
          return formatPrice(p.price);
        case "input":
          return formatPrice(p.input);
        case "output":
          return formatPrice(p.output);
        case "frontier":
          return p.onFrontier ? "Yes" : "No";
      }
    },
  }));
  const hasSelf = chart.points.some((p) => p.reportedBy === "self-reported");
  const hasIndep = chart.points.some((p) => p.reportedBy === "independent");
  const hasLeaving = chart.points.some((p) => p.standing === "leaving");
  const hasGone = chart.points.some((p) => p.standing === "gone");
  const lasting = chart.frontierOver === "lasting";

  return (
    <ChartSection
      id="quality"
      title="Quality against price"
      description={`Which model gives the most quality per dollar: a benchmark score against a blended ${tierName} price per 1M tokens. The dashed line joins the cost-efficient frontier: no other model is both cheaper and better.${lasting ? " It is drawn through models that stay callable for more than 90 days; a retiring model is shown hollow, never on the line." : ""}`}
      controls={
        <>
          <BenchmarkSelect label="Benchmark" value={benchmark.slug} options={options} onChange={onBenchmarkChange} />
          <label className="flex min-w-56 flex-col gap-1 text-sm">
            <span className="font-medium">Token mix (input share)</span>
            <input
              type="range"
              min={0}
              max={100}
              step={INPUT_SHARE_STEP}
              value={chart.inputShare}
              aria-valuetext={mixText(chart.inputShare)}
              onChange={(e) => onInputShareChange(Number(e.target.value))}
              className="h-9"
            />
            <output className="text-xs text-fg-muted tabular-nums">{mixText(chart.inputShare)}</output>
          </label>
          <ScaleRadios legend="Price axis" value={scale} onChange={onScaleChange} />
          <label className="flex h-9 items-center gap-2 self-end text-sm">
            <input
              type="checkbox"
              className={checkboxVariants()}
              checked={lasting}
              onChange={(e) => onFrontierChange(e.target.checked ? "lasting" : "shown")}
            />
            Frontier through models that stay callable
          </label>
        </>
      }
      asTable={asTable}
      onAsTableChange={onAsTableChange}
      exported={qualityExport(chart, rows, tierName)}
      exportMeta={exportMeta}
      notes={
        <>
          <NoteLine label={`${benchmark.name} not published`} models={chart.noScore} />
          <NoteLine label={`No ${tierName} input and output price`} models={chart.noPrice} />
          <p className="text-fg-subtle">
            Blended price = (input share × input price + output share × output price) per 1M tokens. GPQA Diamond is the default
            benchmark here because more of today&apos;s small models publish it than MMLU.
          </p>
        </>
      }
    >
      {asTable ? (
        <DataTable
          caption={`${benchmark.name} score against blended ${tierName} price`}
          columns={columns}
          rows={rows}
          rowKey={(p) => p.key}
          sort={sort}
          onSortChange={onSortChange}
        />
      ) : chart.points.length ? (
        <>
          <Legend
            items={[
              ...(hasSelf
                ? [{ series: "selfReported" as const, shape: "circle" as const, label: "Self-reported score (circle)" }]
                : []),
              ...(hasIndep
                ? [{ series: "independent" as const, shape: "diamond" as const, label: "Independent score (diamond)" }]
                : []),
              ...(hasLeaving
                ? [
                    {
                      series: "selfReported" as const,
                      shape: "circle" as const,
                      look: "hollow" as const,
                      label: `${STANDING_LABEL.leaving} (hollow)`,
                    },
                  ]
                : []),
              ...(hasGone
                ? [
                    {
                      series: "selfReported" as const,
                      shape: "circle" as const,
                      look: "faded" as const,
                      label: `${STANDING_LABEL.gone} (faded)`,
                    },
                  ]
                : []),
            ]}
          />
          <ChartFrame className="h-[360px] sm:h-[440px]" label={`Scatter chart: ${benchmark.name} score against blended price`}>
            <LazyQualityChart chart={chart} scale={scale} tierName={tierName} />
          </ChartFrame>
        </>
      ) : (
        <p className="text-sm text-fg-muted">
          None of the shown models has both a {benchmark.name} score and a {tierName} price.
        </p>
      )}
    </ChartSection>
  );
}
