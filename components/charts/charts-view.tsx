"use client";

import { useId, useMemo } from "react";

import { CopyLinkButton } from "@/components/share/copy-link-button";
import { Button } from "@/components/ui/button";
import { checkboxVariants } from "@/components/ui/checkbox";
import { ModelPicker } from "@/components/ui/model-picker";
import { noticeVariants } from "@/components/ui/notice";
import { panelVariants } from "@/components/ui/panel";
import {
  benchmarkOptions,
  buildBenchmarkChart,
  DEFAULT_BENCHMARK,
  DEFAULT_QUALITY_BENCHMARK,
  resolveBenchmark,
  type BenchmarkInfo,
} from "@/lib/charts/benchmarks";
import { buildContextChart } from "@/lib/charts/context";
import { shortLifecycle } from "@/lib/charts/labels";
import { buildPriceChart } from "@/lib/charts/prices";
import { buildQualityChart, type FrontierScope } from "@/lib/charts/quality";
import { checkedIds, pickerModels, setIncludeRetired, toggleModel, visibleModels } from "@/lib/charts/selection";
import type { TableSort } from "@/lib/charts/sort";
import { CHART_IDS, type ChartId, type ChartModel, type ServiceTier } from "@/lib/charts/types";
import { SERVICE_TIERS, TIER_LABEL } from "@/lib/cost/tiers";
import { formatDate } from "@/lib/format";
import { chartsHref, type ChartsState } from "@/lib/url/charts";

import { BenchmarkSection } from "./benchmark-section";
import { ContextSection } from "./context-section";
import { fieldClass } from "./controls";
import { PriceSection } from "./price-section";
import { QualitySection } from "./quality-section";
import { useChartsState } from "./use-charts-state";

/** `initial` is the server's state for the link (lib/url/charts-page.ts). */
type Props = { models: ChartModel[]; benchmarks: BenchmarkInfo[]; today: string; verifiedOn: string; initial: ChartsState };

type Choices = {
  retired: boolean;
  chosen: string;
  bench: string;
  qbench: string;
  tier: ServiceTier;
  mix: number;
  frontier: FrontierScope;
};

/**
 * Each chart's data, memoised on plain values it depends on: dragging the blend slider
 * redraws the scatter only, not the three bar charts.
 */
function useChartData(models: ChartModel[], benchmarks: BenchmarkInfo[], c: Choices) {
  const { retired, chosen, bench, qbench, tier, mix, frontier } = c;
  const shown = useMemo(
    () => visibleModels(models, { models: chosen ? chosen.split(",") : [], includeRetired: retired }),
    [models, chosen, retired],
  );
  const benchChart = useMemo(() => {
    const b = resolveBenchmark(benchmarks, bench, DEFAULT_BENCHMARK);
    return b ? buildBenchmarkChart(shown, b) : null;
  }, [benchmarks, shown, bench]);
  const priceChart = useMemo(() => buildPriceChart(shown, tier), [shown, tier]);
  const contextChart = useMemo(() => buildContextChart(shown), [shown]);
  const qualityChart = useMemo(() => {
    const b = resolveBenchmark(benchmarks, qbench, DEFAULT_QUALITY_BENCHMARK);
    return b ? buildQualityChart(shown, b, tier, mix, frontier) : null;
  }, [benchmarks, shown, qbench, tier, mix, frontier]);
  return { shown, benchChart, priceChart, contextChart, qualityChart };
}

export function ChartsView({ models, benchmarks, today, verifiedOn, initial }: Props) {
  const [state, setState] = useChartsState(initial);
  const retiredHintId = useId();
  const sel = { models: state.models, includeRetired: state.retired };
  const { shown, benchChart, priceChart, contextChart, qualityChart } = useChartData(models, benchmarks, {
    retired: state.retired,
    chosen: state.models.join(","),
    bench: state.bench,
    qbench: state.qbench,
    tier: state.tier,
    mix: state.mix,
    frontier: state.frontier,
  });
  const options = useMemo(() => benchmarkOptions(benchmarks, shown), [benchmarks, shown]);
  const tierName = TIER_LABEL[state.tier];
  const exportMeta = { link: chartsHref(state), dataVerifiedOn: verifiedOn };

  const tables = new Set<ChartId>(state.tables);
  const setTable = (id: ChartId) => (on: boolean) => {
    const next = CHART_IDS.filter((c) => (c === id ? on : tables.has(c)));
    void setState({ tables: next.length ? next : null });
  };
  const sortSetter = (key: "sortBench" | "sortPrice" | "sortContext" | "sortQuality") => (s: TableSort | null) =>
    void setState({ [key]: s });

  const picker = pickerModels(models, state.retired);
  const checked = new Set(checkedIds(models, sel));
  const retiredCount = pickerModels(models, true).length - pickerModels(models, false).length;

  return (
    <div className="space-y-5">
      <section
        aria-labelledby="chart-settings"
        className={panelVariants({ surface: "muted", pad: "md", className: "space-y-3" })}
      >
        <h2 id="chart-settings" className="sr-only">
          Models and tier shown in every chart
        </h2>
        <div className="flex flex-wrap items-end gap-x-5 gap-y-3">
          <ModelPicker
            mode="checklist"
            summary={`Models: ${checked.size} of ${picker.length} shown`}
            legend="Models to show"
            columns={2}
            models={picker.map((m) => ({ id: m.id, note: shortLifecycle(m), disabled: checked.has(m.id) && checked.size === 1 }))}
            chosen={[...checked]}
            onToggle={(id, on) => void setState({ models: toggleModel(models, sel, id, on) })}
            footer={
              state.models.length ? (
                <Button size="sm" variant="ghost" className="mt-2" onClick={() => void setState({ models: null })}>
                  Show all models
                </Button>
              ) : null
            }
          />
          <div className="text-sm">
            <label className="flex min-h-9 items-center gap-2">
              <input
                type="checkbox"
                className={checkboxVariants()}
                checked={state.retired}
                aria-describedby={retiredHintId}
                onChange={(e) => {
                  const next = setIncludeRetired(models, sel, e.target.checked);
                  void setState({ retired: next.includeRetired, models: next.models });
                }}
              />
              Include retired models
            </label>
            <p id={retiredHintId} className="text-xs text-fg-subtle">
              Adds {retiredCount} models that are shut down or of unknown status, like the article&apos;s gpt-4.1-nano
            </p>
          </div>
          <label className="flex flex-col gap-1 text-sm">
            <span className="font-medium">Service tier (prices, quality per dollar)</span>
            <select
              value={state.tier}
              onChange={(e) => void setState({ tier: e.target.value as typeof state.tier })}
              className={fieldClass}
            >
              {SERVICE_TIERS.map((t) => (
                <option key={t} value={t}>
                  {TIER_LABEL[t]}
                </option>
              ))}
            </select>
          </label>
          <div className="sm:ml-auto">
            <CopyLinkButton href={exportMeta.link} />
          </div>
        </div>
        <p className="text-xs text-fg-subtle">
          Under each model: its lifecycle on {formatDate(today)} (Active, Deprecated: still callable until its shutdown date, Shut
          down) and &ldquo;full-size&rdquo; for reference models that are not small. A value that is not published is listed,
          never drawn as zero.
        </p>
      </section>

      {shown.length === 0 ? (
        <p role="status" className={noticeVariants()}>
          None of the chosen models can be called today. Tick &ldquo;Include retired models&rdquo; to see them.
        </p>
      ) : null}

      <div className="grid gap-5">
        {benchChart ? (
          <BenchmarkSection
            chart={benchChart}
            options={options}
            onBenchmarkChange={(slug) => void setState({ bench: slug })}
            asTable={tables.has("bench")}
            onAsTableChange={setTable("bench")}
            sort={state.sortBench}
            onSortChange={sortSetter("sortBench")}
            exportMeta={exportMeta}
          />
        ) : null}
        <PriceSection
          chart={priceChart}
          tierName={tierName}
          scale={state.scale}
          onScaleChange={(scale) => void setState({ scale })}
          asTable={tables.has("price")}
          onAsTableChange={setTable("price")}
          sort={state.sortPrice}
          onSortChange={sortSetter("sortPrice")}
          exportMeta={exportMeta}
        />
        <ContextSection
          chart={contextChart}
          asTable={tables.has("context")}
          onAsTableChange={setTable("context")}
          sort={state.sortContext}
          onSortChange={sortSetter("sortContext")}
          exportMeta={exportMeta}
        />
        {qualityChart ? (
          <QualitySection
            chart={qualityChart}
            options={options}
            onBenchmarkChange={(slug) => void setState({ qbench: slug })}
            tierName={tierName}
            onInputShareChange={(mix) => void setState({ mix })}
            scale={state.qscale}
            onScaleChange={(qscale) => void setState({ qscale })}
            onFrontierChange={(frontier) => void setState({ frontier })}
            asTable={tables.has("quality")}
            onAsTableChange={setTable("quality")}
            sort={state.sortQuality}
            onSortChange={sortSetter("sortQuality")}
            exportMeta={exportMeta}
          />
        ) : null}
      </div>
    </div>
  );
}
