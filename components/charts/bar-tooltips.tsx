/**
 * What a bar chart's tooltip says about the highlighted model: every figure of its row with
 * its unit, and for scores who reported them, where and when.
 */
import type { BenchmarkBar } from "@/lib/charts/benchmarks";
import type { ContextBar } from "@/lib/charts/context";
import { formatScore, lifecycleText } from "@/lib/charts/labels";
import { SERIES } from "@/lib/charts/palette";
import { PRICE_KEYS, type PriceBar } from "@/lib/charts/prices";
import type { ChartScore } from "@/lib/charts/types";
import { formatDate, formatPrice, formatTokens } from "@/lib/format";

import { TooltipBox } from "./tooltip-box";

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

export function BenchmarkTip({ bar, unit }: { bar: BenchmarkBar; unit: ChartScore["unit"] }) {
  return (
    <TooltipBox title={bar.id} sub={lifecycleText(bar)}>
      {bar.self ? <ScoreLine score={bar.self} unit={unit} /> : null}
      {bar.indep ? <ScoreLine score={bar.indep} unit={unit} /> : null}
    </TooltipBox>
  );
}

export function PriceTip({ bar, tierName }: { bar: PriceBar; tierName: string }) {
  return (
    <TooltipBox title={bar.id} sub={lifecycleText(bar)}>
      <p>{tierName} tier, USD per 1M tokens</p>
      <dl className="grid grid-cols-[auto_auto] gap-x-3">
        {PRICE_KEYS.map((k) => (
          <div key={k} className="contents">
            <dt>{SERIES[k].label}</dt>
            <dd className="text-right font-semibold tabular-nums">{formatPrice(bar[k])}</dd>
          </div>
        ))}
      </dl>
    </TooltipBox>
  );
}

export const CONTEXT_KEYS = ["contextWindow", "maxOutput"] as const;

export function ContextTip({ bar }: { bar: ContextBar }) {
  return (
    <TooltipBox title={bar.id} sub={lifecycleText(bar)}>
      <dl className="grid grid-cols-[auto_auto] gap-x-3">
        {CONTEXT_KEYS.map((k) => (
          <div key={k} className="contents">
            <dt>{SERIES[k].label}</dt>
            <dd className="text-right font-semibold tabular-nums">
              {formatTokens(bar[k])}
              {bar[k] !== null ? " tokens" : ""}
            </dd>
          </div>
        ))}
      </dl>
    </TooltipBox>
  );
}
