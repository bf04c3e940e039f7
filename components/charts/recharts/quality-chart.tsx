"use client";

import { memo } from "react";
import {
  CartesianGrid,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";

import { linearAxis, logDomain, logTicks, type Scale } from "@/lib/charts/axis";
import { placeLabels } from "@/lib/charts/label-placement";
import { formatScore, lifecycleText, pointLabel } from "@/lib/charts/labels";
import { NEUTRAL, SERIES } from "@/lib/charts/palette";
import { formatMix, labelTargets, type QualityChart as Chart, type QualityPoint } from "@/lib/charts/quality";
import { formatDate, formatPrice } from "@/lib/format";

import { TooltipBox } from "../tooltip-box";
import { AXIS_TICK_STYLE, AXIS_TITLE_STYLE, ChartContainer, LABEL_HALO } from "./chart-container";

function QualityTooltip({ active, payload, chart, tierName }: Partial<TooltipContentProps> & { chart: Chart; tierName: string }) {
  const p = payload?.[0]?.payload as QualityPoint | undefined;
  if (!active || !p) return null;
  return (
    <TooltipBox title={p.id} sub={lifecycleText(p)}>
      <p>
        <span className="font-semibold tabular-nums">{formatScore(p.score, chart.benchmark.unit)}</span> {chart.benchmark.name},{" "}
        {p.reportedBy}
        {p.detail.setting ? ` (${p.detail.setting})` : ""}
      </p>
      <p className="text-fg-subtle">
        {p.detail.reporter}; {p.detail.sourceTitle}; {p.detail.date ? formatDate(p.detail.date) : "date not shown"}
      </p>
      <p>
        <span className="font-semibold tabular-nums">{formatPrice(p.price)}</span> blended per 1M tokens (
        {formatMix(chart.inputShare)} input:output, {tierName}: {formatPrice(p.input)} in, {formatPrice(p.output)} out)
      </p>
      <p>
        {p.onFrontier
          ? "On the cost-efficient frontier"
          : p.wouldBeOnFrontier
            ? "Left off the frontier: no shown model beats it, but it does not stay callable for 90 days"
            : "Not on the frontier: another model is cheaper and at least as good"}
      </p>
    </TooltipBox>
  );
}

const LABEL_FONT_SIZE = 11;
const POINT_RADIUS = 6;

/** Model names next to their points, placed so they do not cover each other (label-placement.ts). */
function PointLabels({ points }: { points: readonly QualityPoint[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const area = usePlotArea();
  if (!xScale || !yScale || !area) return null;
  const targets = labelTargets(points).flatMap((p) => {
    const x = xScale(p.price);
    const y = yScale(p.score);
    return x === undefined || y === undefined ? [] : [{ key: p.key, text: pointLabel(p), x, y }];
  });
  return (
    <g aria-hidden="true">
      {placeLabels(targets, area, { fontSize: LABEL_FONT_SIZE, markerRadius: POINT_RADIUS + 1 }).map((l) => (
        <text key={l.key} x={l.x} y={l.y} textAnchor={l.anchor} fontSize={LABEL_FONT_SIZE} fill="currentColor" style={LABEL_HALO}>
          {l.text}
        </text>
      ))}
    </g>
  );
}

/** The chart's background: a retiring point is drawn hollow, filled with it. */
const HOLLOW_FILL = "light-dark(#fff, #09090b)";
/** A shut-down point is drawn faded. */
const GONE_OPACITY = 0.35;

/**
 * One series for every point, so the keyboard (accessibility layer) reaches each of them in
 * price order; the shape and colour say who reported the score (circle: self-reported,
 * diamond: independent), the fill says its lifecycle (solid: stays callable, hollow: retiring
 * within 90 days, faded: shut down), matching the HTML legend.
 */
function PointShape(props: { cx?: number; cy?: number; payload?: QualityPoint; isActive?: boolean }) {
  const { cx, cy, payload, isActive } = props;
  if (cx === undefined || cy === undefined || !payload) return null;
  const r = isActive ? POINT_RADIUS + 2 : POINT_RADIUS;
  const independent = payload.reportedBy === "independent";
  const color = independent ? SERIES.independent.color : SERIES.selfReported.color;
  const look =
    payload.standing === "leaving"
      ? { fill: HOLLOW_FILL, stroke: isActive ? "currentColor" : color, strokeWidth: 2.5 }
      : {
          fill: color,
          fillOpacity: payload.standing === "gone" ? GONE_OPACITY : 1,
          ...(isActive ? { stroke: "currentColor", strokeWidth: 2 } : { stroke: "light-dark(#fff, #18181b)", strokeWidth: 1 }),
        };
  return independent ? (
    <path d={`M${cx} ${cy - r * 1.2}L${cx + r * 1.2} ${cy}L${cx} ${cy + r * 1.2}L${cx - r * 1.2} ${cy}Z`} {...look} />
  ) : (
    <circle cx={cx} cy={cy} r={r} {...look} />
  );
}

function QualityChart({ chart, scale, tierName }: { chart: Chart; scale: Scale; tierName: string }) {
  const domain = logDomain(chart.points.map((p) => p.price));
  const linear = linearAxis(chart.points.map((p) => p.price));
  const percent = chart.benchmark.unit === "%";
  const segments = chart.frontier.slice(1).map((q, i) => [chart.frontier[i]!, q] as const);
  return (
    <ChartContainer>
      <ScatterChart
        responsive
        style={{ width: "100%", height: "100%" }}
        margin={{ top: 16, right: 24, bottom: 28, left: 8 }}
        accessibilityLayer
        title={`${chart.benchmark.name} score against blended price`}
        desc="Scatter plot, one point per published score; the dashed line joins the cost-efficient frontier. Use the left and right arrow keys to move between points, cheapest first."
      >
        <CartesianGrid />
        {scale === "log" ? (
          <XAxis
            type="number"
            dataKey="price"
            scale="log"
            domain={domain}
            ticks={logTicks(domain)}
            allowDataOverflow
            tick={AXIS_TICK_STYLE}
            tickFormatter={(v: number) => formatPrice(v)}
            label={{
              value: `Blended USD per 1M tokens, ${formatMix(chart.inputShare)} (log)`,
              position: "insideBottom",
              offset: -18,
              style: AXIS_TITLE_STYLE,
            }}
          />
        ) : (
          <XAxis
            type="number"
            dataKey="price"
            domain={linear.domain}
            ticks={linear.ticks}
            tick={AXIS_TICK_STYLE}
            tickFormatter={(v: number) => formatPrice(v)}
            label={{
              value: `Blended USD per 1M tokens, ${formatMix(chart.inputShare)}`,
              position: "insideBottom",
              offset: -18,
              style: AXIS_TITLE_STYLE,
            }}
          />
        )}
        <YAxis
          type="number"
          dataKey="score"
          domain={percent ? [0, 100] : [0, "auto"]}
          width={48}
          tick={AXIS_TICK_STYLE}
          tickFormatter={(v: number) => formatScore(v, chart.benchmark.unit)}
          label={{
            value: percent ? `${chart.benchmark.name} (%)` : chart.benchmark.name,
            angle: -90,
            position: "insideLeft",
            offset: 0,
            style: { ...AXIS_TITLE_STYLE, textAnchor: "middle" },
          }}
        />
        <Tooltip content={<QualityTooltip chart={chart} tierName={tierName} />} cursor={{ strokeDasharray: "3 3" }} />
        {segments.map(([a, b]) => (
          <ReferenceLine
            key={`${a.key}-${b.key}`}
            segment={[
              { x: a.price, y: a.score },
              { x: b.price, y: b.score },
            ]}
            stroke={NEUTRAL}
            strokeDasharray="5 4"
            strokeWidth={1.5}
          />
        ))}
        <Scatter
          name={`${chart.benchmark.name} score`}
          data={chart.points}
          shape={PointShape}
          activeShape={PointShape}
          isAnimationActive={false}
        />
        <PointLabels points={chart.points} />
      </ScatterChart>
    </ChartContainer>
  );
}

/** Memoised: redraws only when its own data or options change. */
export default memo(QualityChart);
