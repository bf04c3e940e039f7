"use client";

/**
 * The recharts part of the cost-against-volume chart. Loaded lazily (next/dynamic, no SSR) by
 * cost-chart-section.tsx only: recharts must not reach any other route or the first load.
 */
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";

import { lineStyle } from "@/lib/charts/line-series";
import { logAxis, type ChartData } from "@/lib/cost/chart";
import { formatCompact, formatUsd, formatUsdCompact, formatWhole } from "@/lib/format";

type Point = ChartData["points"][number];

export default function CostChart({
  data,
  current,
  exactAt,
  title,
}: {
  data: ChartData;
  /** The user's value of the varied dimension (a marker on the x axis). */
  current: number;
  /** Exact monthly costs at a volume, for the tooltip. */
  exactAt: (x: number) => Record<string, string | null>;
  /** The chart's accessible name. */
  title: string;
}) {
  const y = logAxis(data.points.flatMap((p) => Object.values(p.costs)));
  const x = logAxis([data.axis.min, data.axis.max]);
  return (
    <LineChart
      data={data.points}
      responsive
      title={title}
      style={{ width: "100%", height: "100%" }}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
      <XAxis
        dataKey="x"
        type="number"
        scale="log"
        domain={x.domain}
        ticks={x.ticks}
        tickFormatter={(v: number) => formatCompact(v)}
        tick={{ fill: "currentColor", fontSize: 12 }}
        stroke="currentColor"
        allowDataOverflow
      />
      <YAxis
        type="number"
        scale="log"
        domain={y.domain}
        ticks={y.ticks}
        tickFormatter={(v: number) => formatUsdCompact(v)}
        tick={{ fill: "currentColor", fontSize: 12 }}
        stroke="currentColor"
        width={64}
        allowDataOverflow
      />
      <Tooltip
        isAnimationActive={false}
        content={({ active, label }) => {
          if (!active || typeof label !== "number") return null;
          const exact = exactAt(label);
          const rows = data.plotted.map((id) => ({ id, v: exact[id] ?? null })).filter((r) => r.v !== null);
          rows.sort((a, b) => Number(a.v) - Number(b.v));
          return (
            <div className="rounded-md border border-line-strong bg-surface-raised px-3 py-2 text-xs shadow">
              <p className="mb-1 font-medium">
                {formatWhole(label)} {data.axis.label}
              </p>
              <ul>
                {rows.map((r) => (
                  <li key={r.id} className="flex justify-between gap-4 font-mono">
                    <span>{r.id}</span>
                    <span>{formatUsd(r.v!)}/mo</span>
                  </li>
                ))}
              </ul>
            </div>
          );
        }}
      />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {data.plotted.map((id, i) => (
        <Line
          key={id}
          name={id}
          dataKey={(p: Point) => p.costs[id]}
          type="linear"
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
          strokeWidth={2}
          {...lineStyle(i)}
        />
      ))}
      {current >= data.axis.min && current <= data.axis.max ? (
        <ReferenceLine
          x={current}
          stroke="currentColor"
          strokeDasharray="4 4"
          label={{ value: "you", position: "insideTopLeft", fill: "currentColor", fontSize: 12 }}
        />
      ) : null}
      {data.crossovers.map((c, i) => (
        <ReferenceDot
          key={`${c.x}-${c.cheaperBelow}-${c.cheaperAbove}`}
          x={c.x}
          y={Number(c.perMonth)}
          r={6}
          fill="white"
          stroke="black"
          strokeWidth={2}
          label={{ value: String(i + 1), position: "top", fill: "currentColor", fontSize: 12, fontWeight: 600 }}
          ifOverflow="discard"
        />
      ))}
    </LineChart>
  );
}
