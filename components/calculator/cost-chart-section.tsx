"use client";

import dynamic from "next/dynamic";
import { memo, useCallback, useId, useMemo } from "react";

import { fieldVariants } from "@/components/ui/field";
import { useNearViewport } from "@/components/ui/use-near-viewport";
import type { CalculatorModel } from "@/lib/cost/calculator-models";
import { axisInfo, CHART_AXES, costChart, exactCostsAt, groupEnds, type ChartAxis } from "@/lib/cost/chart";
import type { ServiceTier } from "@/lib/cost/types";
import type { CalculatorInputs } from "@/lib/cost/workload";
import { formatUsd, formatWhole } from "@/lib/format";

import { useLaggingValue } from "./use-lagging-value";

/** While a slider moves, the chart redraws at most this often (the table updates on every step). */
const CHART_LAG_MS = 150;

/** The chart's height, reserved before recharts arrives so nothing below it moves. */
const CHART_HEIGHT_CLASS = "h-80";

// Memoised: the chart redraws only when its (deferred) data changes, never in the urgent render
// that updates the table while a slider moves.
const CostChart = memo(
  dynamic(() => import("./cost-chart"), {
    ssr: false,
    loading: () => <div className="h-full animate-pulse rounded-md bg-surface-muted" />,
  }),
);

type ChartSpec = { ids: string[]; inputs: CalculatorInputs; tier: ServiceTier; axis: ChartAxis };

const AXIS_LABEL: Record<ChartAxis, string> = { input: "Input tokens", output: "Output tokens" };

export function CostChartSection({
  catalog,
  models,
  inputs,
  tier,
  axis,
  onAxisChange,
}: {
  /** Every model the calculator knows (stable across renders): resolves the deferred IDs. */
  catalog: readonly CalculatorModel[];
  /** The models shown. */
  models: readonly CalculatorModel[];
  inputs: CalculatorInputs;
  tier: ServiceTier;
  axis: ChartAxis;
  onAxisChange: (axis: ChartAxis) => void;
}) {
  const id = useId();
  // recharts loads and draws only when the chart scrolls near: on a phone it sits below the
  // table, and drawing it during the first load blocked the main thread for seconds.
  const [frameRef, near] = useNearViewport<HTMLDivElement>();
  const byId = useMemo(() => new Map(catalog.map((m) => [m.id, m])), [catalog]);
  // The table answers at once; the chart follows, throttled, once the numbers are painted.
  // A string key keeps the lagging value stable when nothing the chart uses has changed.
  // The varied dimension's own value does not change the lines (it only moves the marker), so it
  // is left out of the key: dragging that slider recomputes nothing here.
  const varied = axisInfo(inputs.mode, axis).key;
  const linesKey = JSON.stringify({
    ids: models.map((m) => m.id),
    inputs: { ...inputs, [varied]: 0 },
    tier,
    axis,
  } satisfies ChartSpec);
  const lagged = useLaggingValue(`${inputs[varied]}|${linesKey}`, CHART_LAG_MS);
  const cut = lagged.indexOf("|");
  const current = Number(lagged.slice(0, cut));
  const laggedLines = lagged.slice(cut + 1);
  const spec = useMemo(() => {
    const s = JSON.parse(laggedLines) as ChartSpec;
    return { ...s, models: s.ids.map((x) => byId.get(x)).filter((m): m is CalculatorModel => m !== undefined) };
  }, [laggedLines, byId]);
  const data = useMemo(() => costChart(spec.models, spec.inputs, spec.tier, spec.axis), [spec]);
  const exactAt = useCallback((x: number) => exactCostsAt(spec.models, spec.inputs, spec.tier, spec.axis, x), [spec]);
  const ends = groupEnds(data.ends);
  const unit = data.axis.label;
  const title = `Monthly cost (log scale) of each shown model as ${unit} go from ${formatWhole(data.axis.min)} to ${formatWhole(data.axis.max)}`;

  return (
    <section aria-labelledby={`${id}-h`} className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id={`${id}-h`} className="text-lg font-semibold">
          Cost against volume
        </h2>
        <label className="flex items-center gap-2 text-sm">
          <span className="font-medium">Vary</span>
          <select value={axis} onChange={(e) => onAxisChange(e.currentTarget.value as ChartAxis)} className={fieldVariants()}>
            {CHART_AXES.map((a) => (
              <option key={a} value={a}>
                {AXIS_LABEL[a]} ({inputs.mode === "day" ? "per day" : "per request"})
              </option>
            ))}
          </select>
        </label>
      </div>
      <figure className="space-y-2">
        <figcaption className="text-sm text-fg-muted">
          {title}, everything else as set above. The dashed line marks your value ({formatWhole(current)}); numbered dots mark
          where two models&apos; costs cross (listed below the chart). Arrow keys move through the chart&apos;s points.
        </figcaption>
        <div ref={frameRef} className={`${CHART_HEIGHT_CLASS} text-fg-muted`}>
          {!near ? (
            <div className="h-full rounded-md bg-surface-muted" />
          ) : data.plotted.length ? (
            <CostChart data={data} current={current} exactAt={exactAt} title={title} />
          ) : (
            <p className="flex h-full items-center justify-center rounded-md border border-dashed border-line-strong text-sm">
              No shown model can be priced on this tier.
            </p>
          )}
        </div>
      </figure>
      <div id={`${id}-list`} className="space-y-2 text-sm">
        <h3 className="font-medium">Where the cheaper model changes</h3>
        {data.crossovers.length ? (
          <ol className="list-decimal space-y-1 pl-5">
            {data.crossovers.map((c) => (
              <li key={`${c.x}-${c.cheaperBelow}-${c.cheaperAbove}`}>
                <span className="font-medium">
                  {formatWhole(c.x)} {unit}: {c.cheaperBelow} → {c.cheaperAbove}
                </span>{" "}
                {c.kind === "slope"
                  ? `(both about ${formatUsd(c.perMonth)} a month).`
                  : `(${formatUsd(c.perMonthBelow)} on ${c.cheaperBelow} vs ${formatUsd(c.perMonth)} on ${c.cheaperAbove} a month there).`}{" "}
                {c.explanation}
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-fg-muted">
            No two {data.envelopeOnly ? "of the cheapest " : ""}models swap places in this range: the order at your volume holds
            from {formatWhole(data.axis.min)} to {formatWhole(data.axis.max)} {unit}
            {ends.length ? ", apart from lines that end (below)" : ""}.
          </p>
        )}
        {data.envelopeOnly ? (
          <p className="text-xs text-fg-subtle">
            With more than five models shown, only the points where the cheapest model changes are listed. Focus on up to five
            models to see every crossing.
          </p>
        ) : null}
        {ends.length ? (
          <>
            <h3 className="font-medium">Where a line ends</h3>
            <p className="text-fg-muted">
              Past these sizes the request no longer fits the model (its context window, max input or max output):
            </p>
            <ul className="list-disc space-y-1 pl-5 text-fg-muted">
              {ends.map((e) => (
                <li key={e.x}>
                  {formatWhole(e.x)} {unit}: {e.ids.join(", ")}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
