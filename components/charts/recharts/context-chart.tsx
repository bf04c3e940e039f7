"use client";

import { memo } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, type TooltipContentProps } from "recharts";

import { logDomain, logTicks } from "@/lib/charts/axis";
import { BAR_CHART_LEFT_MARGIN, barChartLayout } from "@/lib/charts/bar-layout";
import type { ContextChart as Chart, ContextBar } from "@/lib/charts/context";
import { lifecycleText, shortLifecycle } from "@/lib/charts/labels";
import { SERIES } from "@/lib/charts/palette";
import { formatTokens, formatTokensShort } from "@/lib/format";

import { useBarLabels } from "../use-bar-labels";
import { AXIS_TICK_STYLE, AXIS_TITLE_STYLE, ChartContainer, MAX_BAR_SIZE, modelAxis, TooltipBox } from "./chart-container";

const KEYS = ["contextWindow", "maxOutput"] as const;

function ContextTooltip({ active, payload }: Partial<TooltipContentProps>) {
  const row = payload?.[0]?.payload as ContextBar | undefined;
  if (!active || !row) return null;
  return (
    <TooltipBox title={row.id} sub={lifecycleText(row)}>
      <dl className="grid grid-cols-[auto_auto] gap-x-3">
        {KEYS.map((k) => (
          <div key={k} className="contents">
            <dt>{SERIES[k].label}</dt>
            <dd className="text-right font-semibold tabular-nums">
              {formatTokens(row[k])}
              {row[k] !== null ? " tokens" : ""}
            </dd>
          </div>
        ))}
      </dl>
    </TooltipBox>
  );
}

function ContextChart({ chart }: { chart: Chart }) {
  const sub = Object.fromEntries(chart.bars.map((b) => [b.id, shortLifecycle(b)]));
  const layout = barChartLayout(chart.bars.length, KEYS.length, useBarLabels(), 1);
  const domain = logDomain(chart.bars.flatMap((b) => [b.contextWindow, b.maxOutput]));
  const label = (v: unknown) => (typeof v === "number" ? formatTokens(v) : "");
  return (
    <ChartContainer>
      <BarChart
        layout="vertical"
        data={chart.bars}
        responsive
        style={{ width: "100%", height: layout.height }}
        margin={{ top: 4, right: 76, bottom: 24, left: BAR_CHART_LEFT_MARGIN }}
        barGap={layout.barGap}
        accessibilityLayer
        title="Context window and max output by model, in tokens"
        desc="Horizontal bars on a logarithmic axis, largest context window first, with exact token counts. Use the up and down (or left and right) arrow keys to move between models."
      >
        <CartesianGrid horizontal={false} />
        <XAxis
          type="number"
          scale="log"
          domain={domain}
          ticks={logTicks(domain)}
          allowDataOverflow
          tick={AXIS_TICK_STYLE}
          tickFormatter={(v: number) => formatTokensShort(v)}
          label={{ value: "Tokens (log scale)", position: "insideBottom", offset: -16, style: AXIS_TITLE_STYLE }}
        />
        {modelAxis(layout, sub)}
        <Tooltip content={<ContextTooltip />} cursor={{ fillOpacity: 0.4 }} />
        {KEYS.map((k) => (
          <Bar
            key={k}
            dataKey={k}
            name={SERIES[k].label}
            fill={SERIES[k].color}
            maxBarSize={MAX_BAR_SIZE}
            barSize={layout.barSize}
            isAnimationActive={false}
          >
            <LabelList dataKey={k} position="right" formatter={label} style={{ fill: "currentColor", fontSize: 11 }} />
          </Bar>
        ))}
      </BarChart>
    </ChartContainer>
  );
}

/** Memoised: redraws only when its own data or options change. */
export default memo(ContextChart);
