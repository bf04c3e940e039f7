"use client";

import { useTransition } from "react";

import { AsOfField } from "@/components/as-of/as-of-field";
import { ExportButtons } from "@/components/export/export-buttons";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { linkVariants } from "@/components/ui/link";
import { panelVariants } from "@/components/ui/panel";
import { headlineFor, headlineMarks } from "@/lib/cost/calculator-headline";
import type { CalculatorModel } from "@/lib/cost/calculator-models";
import { anyReasoning, calculatorRows, focusedRows, visibleModels } from "@/lib/cost/calculator-rows";
import { findPreset } from "@/lib/cost/presets";
import { TIER_LABEL } from "@/lib/cost/tiers";
import { tokensPerMonth, toWorkload } from "@/lib/cost/workload";
import { calculatorExportTable } from "@/lib/export/calculator";
import { formatWhole } from "@/lib/format";
import {
  calculatorHref,
  inputsFromState,
  matchesPreset,
  modePatch,
  presetPatch,
  type CalculatorState,
} from "@/lib/url/calculator";

import { CostChartSection } from "./cost-chart-section";
import { BudgetField, ModelOptions, PresetPicker, TierPicker } from "./pricing-options";
import { ResultsTable } from "./results-table";
import { SummaryBar } from "./summary-bar";
import { useCalculatorState } from "./use-calculator-state";
import { WorkloadControls } from "./workload-controls";

const panel = panelVariants({ pad: "md", className: "space-y-4" });

/**
 * The calculator island: all state from the URL (one hook, starting from the server's state for
 * the link: lib/url/calculator-page.ts), all numbers from lib/cost.
 */
export function Calculator({
  models,
  initial,
  today,
}: {
  /** Priced on the link's day, each with its standing that day (the server's). */
  models: CalculatorModel[];
  initial: CalculatorState;
  today: string;
}) {
  const [pricing, startTransition] = useTransition();
  const [state, setState] = useCalculatorState(initial, { startTransition });
  const inputs = inputsFromState(state);
  const workload = toWorkload(inputs);

  const { eligible, visible, hiddenFocus } = visibleModels(models, {
    includeRetired: state.retired,
    includeSnapshots: state.snapshots,
    focus: state.models,
  });
  const rows = calculatorRows(visible, workload, {
    tier: state.tier,
    budget: state.budget,
    requestsPerDay: inputs.mode === "request" ? inputs.requestsPerDay : null,
    sort: state.sort,
  });
  const headline = headlineFor(rows, models, workload, state.tier);
  const preset = findPreset(state.preset);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,24rem)_minmax(0,1fr)]">
      <div className="min-w-0 space-y-4">
        <section aria-labelledby="workload-h" className={panel}>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="workload-h" className="text-lg font-semibold">
              Your workload
            </h2>
            {/* On narrow screens the results come after all the controls. */}
            <a href="#results-h" className={linkVariants({ className: "text-sm lg:hidden" })}>
              Jump to the costs
            </a>
          </div>
          <PresetPicker
            active={preset}
            modified={preset ? !matchesPreset(state, preset) : false}
            onPick={(p) => setState(presetPatch(p))}
          />
          <WorkloadControls
            inputs={inputs}
            workload={workload}
            reasoningAvailable={anyReasoning(visible)}
            onChange={(field, value) => setState({ [field]: value })}
            onModeChange={(mode) => setState(modePatch(state, mode))}
          />
        </section>
        <section aria-labelledby="pricing-h" className={panel}>
          <h2 id="pricing-h" className="text-lg font-semibold">
            Prices and models
          </h2>
          <TierPicker tier={state.tier} onChange={(tier) => setState({ tier })} />
          <BudgetField budget={state.budget} onChange={(budget) => setState({ budget })} />
          <ModelOptions
            eligible={eligible}
            focus={state.models}
            hiddenFocus={hiddenFocus}
            includeRetired={state.retired}
            includeSnapshots={state.snapshots}
            retiredCount={models.filter((m) => m.retired && (state.snapshots || m.kind !== "snapshot")).length}
            snapshotCount={models.filter((m) => m.kind === "snapshot" && (state.retired || !m.retired)).length}
            onFocusChange={(ids) => setState({ models: ids })}
            onRetiredChange={(retired) => setState({ retired })}
            onSnapshotsChange={(snapshots) => setState({ snapshots })}
            on={state.on}
          />
        </section>
      </div>

      <div className="min-w-0 space-y-6">
        <section aria-labelledby="results-h" className="space-y-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id="results-h" className="text-lg font-semibold">
              Cost per model
            </h2>
            <div className="flex flex-wrap items-center gap-2">
              <ExportButtons
                view="calculator"
                link={calculatorHref(state)}
                build={() => calculatorExportTable(rows, state.tier, state.budget !== null)}
              />
              <CopyLinkButton href={calculatorHref(state)} />
            </div>
          </div>
          {/* Next to the figures it changes, ahead of the table on a phone too. */}
          <AsOfField on={state.on} today={today} onChange={(on) => setState({ on })} />
          <p className="text-sm text-fg-muted">
            {formatWhole(tokensPerMonth(workload))} tokens a month, {TIER_LABEL[state.tier]} tier, {rows.length} model
            {rows.length === 1 ? "" : "s"}. <span role="status">{pricing ? "Pricing the new day…" : ""}</span>
          </p>
          <ResultsTable
            rows={rows}
            tier={state.tier}
            days={inputs.daysPerMonth}
            cachedPercent={inputs.cachedPercent}
            perRequest={inputs.mode === "request"}
            showBudget={state.budget !== null}
            sort={state.sort}
            onSortChange={(sort) => setState({ sort })}
            marks={headlineMarks(headline)}
          />
          <p className="text-xs text-fg-subtle">
            Prices are USD per 1M tokens from the catalog (each model&apos;s page links its sources). Money is computed exactly
            and rounded only for display; a year is 12 of your months. Cache writes, tool calls and data-residency surcharges are
            not included.
          </p>
        </section>

        <CostChartSection
          catalog={models}
          models={visible}
          inputs={inputs}
          tier={state.tier}
          axis={state.chartAxis}
          onAxisChange={(chartAxis) => setState({ chartAxis })}
        />
      </div>

      <SummaryBar
        headline={headline}
        focused={focusedRows(rows, state.models)}
        empty={rows.length ? "No shown model can be priced with these settings." : null}
      />
    </div>
  );
}
