"use client";

/**
 * The migration plan for a chosen model: countdown, replacements, what changes, cost before and
 * after, next steps and exports. Its own chunk (loaded by migrate-view.tsx once a model is
 * chosen): pricing the plan needs decimal.js, which the empty planner does not.
 */
import { useId } from "react";

import { ExportButtons } from "@/components/export/export-buttons";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { Badge, STATUS_TONE } from "@/components/ui/badge";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { ModelPicker } from "@/components/ui/model-picker";
import { Notice } from "@/components/ui/notice";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import type { Workload } from "@/lib/cost/types";
import { migrateExportTable, migrateExportTitle } from "@/lib/export/migrate";
import { formatDate } from "@/lib/format";
import { REMINDER_DAYS_BEFORE } from "@/lib/migrate/calendar";
import type { MigrationModel } from "@/lib/migrate/model";
import { targetOptions } from "@/lib/migrate/options";
import { planMigration } from "@/lib/migrate/plan";
import { reasoningView } from "@/lib/migrate/reasoning";
import { priceInCalculatorHref } from "@/lib/url/calculator";
import { compareHref } from "@/lib/url/compare";
import { migrateCalendarHref, migrateNeeds, type MigrateState } from "@/lib/url/migrate";
import { modelHref } from "@/lib/url/model";
import { wizardHref } from "@/lib/url/wizard";

import { ChangesTable } from "./changes-table";
import { CostDelta } from "./cost-delta";
import { DestinationList } from "./destination-list";
import { ReasoningNote } from "./reasoning-note";
import { SdkPatchPanel } from "./sdk-patch-panel";
import type { useMigrateState } from "./use-migrate-state";

export default function MigratePlan({
  from,
  state,
  setState,
  models,
  byId,
  workload,
  today,
  verifiedOn,
  permalink,
}: {
  from: string;
  state: MigrateState;
  setState: ReturnType<typeof useMigrateState>[1];
  models: readonly MigrationModel[];
  byId: ReadonlyMap<string, MigrationModel>;
  workload: Workload;
  today: string;
  verifiedOn: string;
  permalink: string;
}) {
  const toId = useId();
  const plan = planMigration(from, state.to, byId, workload, today, migrateNeeds(state));
  if (!plan) return null;
  const target = plan.target;
  const targetInCatalog = target?.model ?? null;
  const pairIds = targetInCatalog ? [plan.from.id, targetInCatalog.id] : [];
  const reasoning = targetInCatalog ? reasoningView(plan.from, targetInCatalog, workload) : null;
  const wizardLink = wizardHref({ inPerDay: state.inPerDay, outPerDay: state.outPerDay });

  return (
    <>
      <section aria-labelledby="status-heading" className="space-y-3">
        <h2 id="status-heading" className="flex flex-wrap items-center gap-2 text-xl font-semibold">
          <span className="font-mono break-all">{plan.from.id}</span>
          <Badge tone={STATUS_TONE[plan.countdown.status]}>{STATUS_LABEL[plan.countdown.status]}</Badge>
        </h2>
        {plan.from.kind === "snapshot" ? (
          <p className="text-sm text-fg-subtle">
            A dated snapshot of <span className="font-mono">{plan.from.aliasId}</span>.
          </p>
        ) : null}
        <p data-testid="countdown">
          <strong className="text-lg tabular-nums">{plan.countdown.headline}.</strong> {plan.countdown.text}
        </p>
        {plan.from.lifecycle.shutdownDate ? (
          <p className="text-sm">
            {/* A route handler answers with the .ics file; a client-side navigation would not download it. */}
            <a href={migrateCalendarHref(state)} download className={linkVariants()}>
              Add the shutdown date to my calendar
            </a>{" "}
            <span className="text-fg-subtle">
              (an .ics file: one all-day event on {formatDate(plan.from.lifecycle.shutdownDate)}, with a reminder{" "}
              {REMINDER_DAYS_BEFORE} days before)
            </span>
          </p>
        ) : null}
        {plan.countdown.status !== "active" && !plan.replacements.length ? (
          <p className="text-sm">No replacement is named in our sources for {plan.from.id}.</p>
        ) : null}
      </section>

      <DestinationList
        plan={plan}
        fineTuning={state.fineTuning}
        onFineTuning={(v) => void setState({ fineTuning: v })}
        onCompare={(id) => void setState({ to: id })}
      />

      {plan.countdown.status === "active" && !plan.replacements.length && !state.to ? (
        <Notice title={`${plan.from.id} is active: no migration needed.`} tone="info">
          To look for something cheaper or better anyway, pick a model to compare with below, or{" "}
          <IntentLink href={wizardLink} className={linkVariants()}>
            run the wizard
          </IntentLink>
          .
        </Notice>
      ) : null}

      <section aria-labelledby="compare-heading" className="space-y-4">
        <h2 id="compare-heading" className="text-lg font-semibold">
          What changes
          {target ? (
            <>
              {" "}
              from <span className="font-mono">{plan.from.id}</span> to <span className="font-mono">{target.id}</span>
            </>
          ) : null}
        </h2>
        <ModelPicker
          mode="select"
          className="max-w-md"
          id={toId}
          label="Compare with"
          value={target?.id ?? ""}
          groups={targetOptions(plan.from, models, today, plan.recommendation.pick?.id ?? null)}
          placeholder={target ? undefined : "Choose a model…"}
          onChange={(v) => void setState({ to: v || null })}
        />
        {target && !targetInCatalog ? (
          <Notice title={`${target.id} is not in our catalog yet.`}>
            We have no sourced prices, limits or capabilities for it, so we cannot show what changes or price your workload on it.
            Check OpenAI&apos;s model page before you switch, or compare with a model we have (above).
          </Notice>
        ) : null}
        {target?.chainNote ? <Notice title={target.chainNote} /> : null}
        <CostDelta plan={plan} workload={workload} />
        {reasoning ? <ReasoningNote view={reasoning} /> : null}
        {targetInCatalog ? <ChangesTable rows={plan.changes} fromId={plan.from.id} toId={targetInCatalog.id} /> : null}
      </section>

      {targetInCatalog ? <SdkPatchPanel fromId={plan.from.id} target={targetInCatalog} /> : null}

      <nav aria-label="Next steps" className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <IntentLink href={modelHref(plan.from.id)} className={linkVariants()}>
          {plan.from.id} model page
        </IntentLink>
        {targetInCatalog ? (
          <>
            <IntentLink href={modelHref(targetInCatalog.id)} className={linkVariants()}>
              {targetInCatalog.id} model page
            </IntentLink>
            <IntentLink href={compareHref({ models: pairIds })} className={linkVariants()}>
              Compare the two in full
            </IntentLink>
            <IntentLink href={priceInCalculatorHref(pairIds, workload)} className={linkVariants()}>
              Price both in the calculator
            </IntentLink>
          </>
        ) : null}
        <IntentLink href={wizardLink} className={linkVariants()}>
          Find alternatives with the wizard
        </IntentLink>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <CopyLinkButton href={permalink} label="Copy link to this plan" />
        <ExportButtons
          view="migrate"
          link={permalink}
          dataVerifiedOn={verifiedOn}
          title={migrateExportTitle(plan)}
          build={() => migrateExportTable(plan, workload)}
        />
      </div>
    </>
  );
}
