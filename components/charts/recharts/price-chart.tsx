"use client";

import { memo } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, type TooltipContentProps } from "recharts";

import { linearAxis, logDomain, logTicks, type Scale } from "@/lib/charts/axis";
import { BAR_CHART_LEFT_MARGIN, barChartLayout } from "@/lib/charts/bar-layout";
import { lifecycleText, shortLifecycle } from "@/lib/charts/labels";
import { SERIES } from "@/lib/charts/palette";
import { PRICE_KEYS, type PriceChart as Chart, type PriceBar } from "@/lib/charts/prices";
import { formatPrice } from "@/lib/format";

import { useBarLabels } from "../use-bar-labels";
import { AXIS_TICK_STYLE, AXIS_TITLE_STYLE, ChartContainer, MAX_BAR_SIZE, modelAxis, TooltipBox } from "./chart-container";

function PriceTooltip({ active, payload, tierName }: Partial<TooltipContentProps> & { tierName: string }) {
  const row = payload?.[0]?.payload as PriceBar | undefined;
  if (!active || !row) return null;
  return (
    <TooltipBox title={row.id} sub={lifecycleText(row)}>
      <p>{tierName} tier, USD per 1M tokens</p>
      <dl className="grid grid-cols-[auto_auto] gap-x-3">
        {PRICE_KEYS.map((k) => (
          <div key={k} className="contents">
            <dt>{SERIES[k].label}</dt>
            <dd className="text-right font-semibold tabular-nums">{formatPrice(row[k])}</dd>
          </div>
        ))}
      </dl>
    </TooltipBox>
  );
}

function PriceChart({ chart, scale, tierName }: { chart: Chart; scale: Scale; tierName: string }) {
  const sub = Object.fromEntries(chart.bars.map((b) => [b.id, shortLifecycle(b)]));
  const values = chart.bars.flatMap((b) => PRICE_KEYS.map((k) => b[k]));
  const domain = logDomain(values);
  const linear = linearAxis(values);
  const label = (v: unknown) => (typeof v === "number" ? formatPrice(v) : "");
  const keys = PRICE_KEYS.filter((k) => chart.bars.some((b) => b[k] !== null));
  const layout = barChartLayout(chart.bars.length, keys.length, useBarLabels(), 1);
  return (
    <ChartContainer>
      <BarChart
        layout="vertical"
        data={chart.bars}
        responsive
        style={{ width: "100%", height: layout.height }}
        margin={{ top: 4, right: 64, bottom: 24, left: BAR_CHART_LEFT_MARGIN }}
        barGap={layout.barGap}
        accessibilityLayer
        title={`${tierName} prices per 1M tokens by model`}
        desc="Horizontal bars for input, cached input and output price, models that stay callable first, cheapest input first. Use the up and down (or left and right) arrow keys to move between models."
      >
        <CartesianGrid horizontal={false} />
        {scale === "log" ? (
          <XAxis
            type="number"
            scale="log"
            domain={domain}
            ticks={logTicks(domain)}
            allowDataOverflow
            tick={AXIS_TICK_STYLE}
            tickFormatter={label}
            label={{ value: "USD per 1M tokens (log scale)", position: "insideBottom", offset: -16, style: AXIS_TITLE_STYLE }}
          />
        ) : (
          <XAxis
            type="number"
            domain={linear.domain}
            ticks={linear.ticks}
            tick={AXIS_TICK_STYLE}
            tickFormatter={label}
            label={{ value: "USD per 1M tokens", position: "insideBottom", offset: -16, style: AXIS_TITLE_STYLE }}
          />
        )}
        {modelAxis(layout, sub)}
        <Tooltip content={<PriceTooltip tierName={tierName} />} cursor={{ fillOpacity: 0.4 }} />
        {keys.map((k) => (
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
export default memo(PriceChart);
