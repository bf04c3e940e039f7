"use client";

import { memo } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, type TooltipContentProps } from "recharts";

import { BAR_CHART_LEFT_MARGIN, barChartLayout } from "@/lib/charts/bar-layout";
import type { BenchmarkBar, BenchmarkChart as Chart } from "@/lib/charts/benchmarks";
import { formatScore, lifecycleText, shortLifecycle } from "@/lib/charts/labels";
import { SERIES } from "@/lib/charts/palette";
import type { ChartScore } from "@/lib/charts/types";
import { formatDate } from "@/lib/format";

import { useBarLabels } from "../use-bar-labels";
import {
  AXIS_TICK_STYLE,
  AXIS_TITLE_STYLE,
  ChartContainer,
  MAX_BAR_SIZE,
  modelAxis,
  selfReportedFill,
  TooltipBox,
} from "./chart-container";

function ScoreLine({ score, unit }: { score: ChartScore; unit: ChartScore["unit"] }) {
  return (
    <div>
      <p>
        <span className="font-semibold tabular-nums">{formatScore(score.value, unit)}</span>{" "}
        {score.reportedBy === "self-reported" ? "self-reported" : "independent"}
        {score.setting ? ` (${score.setting})` : ""}
      </p>
      <p className="text-fg-subtle">
        {score.reporter}; {score.sourceTitle}; {score.date ? formatDate(score.date) : "date not shown"}
      </p>
    </div>
  );
}

function BenchTooltip({ active, payload, unit }: Partial<TooltipContentProps> & { unit: ChartScore["unit"] }) {
  const row = payload?.[0]?.payload as BenchmarkBar | undefined;
  if (!active || !row) return null;
  return (
    <TooltipBox title={row.id} sub={lifecycleText(row)}>
      {row.self ? <ScoreLine score={row.self} unit={unit} /> : null}
      {row.indep ? <ScoreLine score={row.indep} unit={unit} /> : null}
    </TooltipBox>
  );
}

function BenchmarkChart({ chart }: { chart: Chart }) {
  const { benchmark, bars } = chart;
  const sub = Object.fromEntries(bars.map((b) => [b.id, shortLifecycle(b)]));
  const layout = barChartLayout(bars.length, Number(chart.hasSelf) + Number(chart.hasIndependent), useBarLabels(), 2);
  const label = (v: unknown) => (typeof v === "number" ? formatScore(v, benchmark.unit) : "");
  const percent = benchmark.unit === "%";
  return (
    <ChartContainer>
      <BarChart
        layout="vertical"
        data={bars}
        responsive
        style={{ width: "100%", height: layout.height }}
        margin={{ top: 4, right: 56, bottom: 24, left: BAR_CHART_LEFT_MARGIN }}
        barGap={layout.barGap}
        accessibilityLayer
        title={`${benchmark.name} scores by model`}
        desc={`Horizontal bars, best score first. Use the up and down (or left and right) arrow keys to move between models.`}
      >
        <CartesianGrid horizontal={false} />
        <XAxis
          type="number"
          domain={percent ? [0, 100] : [0, "auto"]}
          tick={AXIS_TICK_STYLE}
          tickFormatter={label}
          label={{
            value: percent ? `${benchmark.name} score (%)` : `${benchmark.name} (${benchmark.unit})`,
            position: "insideBottom",
            offset: -16,
            style: AXIS_TITLE_STYLE,
          }}
        />
        {modelAxis(layout, sub)}
        <Tooltip content={<BenchTooltip unit={benchmark.unit} />} cursor={{ fillOpacity: 0.4 }} />
        {chart.hasSelf ? (
          <Bar
            dataKey="selfReported"
            name={SERIES.selfReported.label}
            fill={selfReportedFill}
            stroke={SERIES.selfReported.color}
            maxBarSize={MAX_BAR_SIZE}
            barSize={layout.barSize}
            isAnimationActive={false}
          >
            <LabelList dataKey="selfReported" position="right" formatter={label} style={{ fill: "currentColor", fontSize: 12 }} />
          </Bar>
        ) : null}
        {chart.hasIndependent ? (
          <Bar
            dataKey="independent"
            name={SERIES.independent.label}
            fill={SERIES.independent.color}
            maxBarSize={MAX_BAR_SIZE}
            barSize={layout.barSize}
            isAnimationActive={false}
          >
            <LabelList dataKey="independent" position="right" formatter={label} style={{ fill: "currentColor", fontSize: 12 }} />
          </Bar>
        ) : null}
      </BarChart>
    </ChartContainer>
  );
}

/** Memoised: redraws only when its own data or options change. */
export default memo(BenchmarkChart);
