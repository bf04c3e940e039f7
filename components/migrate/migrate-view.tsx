"use client";

import Link from "next/link";
import { useId, useMemo, useState } from "react";
import { ExportButtons } from "@/components/export/export-buttons";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { Badge } from "@/components/ui/badge";
import { inputClass, NumberField } from "@/components/ui/number-field";
import { Notice } from "@/components/ui/notice";
import { formatTokens } from "@/lib/format";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { migrateExportTable, migrateExportTitle } from "@/lib/export/migrate";
import {
  allowedTargets,
  fromOptions,
  planMigration,
  targetOptions,
  type MigrationModel,
  type OptionGroup,
} from "@/lib/recommend/migration";
import { parseCount } from "@/lib/recommend/tokens";
import { MAX_TOKENS_PER_DAY, MAX_TOKENS_PER_REQUEST, migrateWorkload, sanitizeMigrateState, serializeMigrate } from "@/lib/url/migrate";
import { useMigrateState } from "@/lib/url/use-migrate-state";
import { calculatorHref, compareHref, serializeWizard } from "@/lib/url/wizard";
import { CostDelta } from "./cost-delta";
import { ChangesTable } from "./changes-table";
import { ReplacementList } from "./replacement-list";

const TONE = { active: "good", deprecated: "warn", shutdown: "bad", unknown: "neutral" } as const;
const linkClass = "font-medium text-sky-800 underline underline-offset-2 dark:text-sky-300";
/** Retiring models people arrive with most often (the source article's three and GPT-5's small pair). */
const COMMON_FROM = ["gpt-4o-mini", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-5-mini", "gpt-5-nano"];

function Select({ id, label, value, groups, onChange, placeholder }: {
  id: string;
  label: string;
  value: string;
  groups: OptionGroup[];
  onChange: (v: string) => void;
  placeholder?: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} className={`${inputClass} max-w-md font-mono`}>
        {placeholder ? <option value="">{placeholder}</option> : null}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

type DraftKey = "inPerDay" | "outPerDay" | "reasoningPerDay" | "perRequest";

export function MigrateView({ models, today, verifiedOn }: { models: MigrationModel[]; today: string; verifiedOn: string }) {
  const [raw, setState] = useMigrateState();
  const byId = useMemo(() => new Map(models.map((m) => [m.id, m])), [models]);
  const known = useMemo(() => {
    const ids = new Set(models.map((m) => m.id));
    return { ids, targetsOf: (from: string) => allowedTargets(byId.get(from), ids) };
  }, [models, byId]);
  const state = sanitizeMigrateState(raw, known);
  const workload = migrateWorkload(state);
  const plan = state.from ? planMigration(state.from, state.to, byId, workload, today) : null;

  const [drafts, setDrafts] = useState<Record<DraftKey, string>>(() => ({
    inPerDay: formatTokens(state.inPerDay),
    outPerDay: formatTokens(state.outPerDay),
    reasoningPerDay: formatTokens(state.reasoningPerDay),
    perRequest: state.perRequest === null ? "" : formatTokens(state.perRequest),
  }));
  const errorOf = (k: DraftKey) => {
    if (k === "perRequest" && !drafts[k].trim()) return null;
    const n = parseCount(drafts[k]);
    if (n === null) return "Use whole numbers only, e.g. 1000000 or 1,000,000.";
    if (k === "perRequest" && (n < 1 || n > MAX_TOKENS_PER_REQUEST)) return `Between 1 and ${formatTokens(MAX_TOKENS_PER_REQUEST)} tokens, or empty.`;
    if (n > MAX_TOKENS_PER_DAY) return `At most ${formatTokens(MAX_TOKENS_PER_DAY)} tokens a day.`;
    return null;
  };
  const change = (k: DraftKey, text: string) => {
    setDrafts((d) => ({ ...d, [k]: text }));
    if (k === "perRequest" && !text.trim()) return void setState({ perRequest: null });
    const n = parseCount(text);
    const max = k === "perRequest" ? MAX_TOKENS_PER_REQUEST : MAX_TOKENS_PER_DAY;
    if (n !== null && n <= max && (k !== "perRequest" || n >= 1)) void setState({ [k]: n });
  };

  const fromId = useId();
  const toId = useId();
  const fromGroups = useMemo(() => fromOptions(models, today), [models, today]);
  const permalink = serializeMigrate("/migrate", state);
  const target = plan?.target ?? null;
  const targetInCatalog = target?.model ?? null;
  const pairIds = plan && targetInCatalog ? [plan.from.id, targetInCatalog.id] : [];

  return (
    <div className="space-y-6">
      <section aria-label="Your model and workload" className="space-y-4 rounded-xl border border-zinc-200 p-4 sm:p-5 dark:border-zinc-800">
        <Select
          id={fromId}
          label="I use model"
          value={state.from ?? ""}
          groups={fromGroups}
          placeholder="Choose the model ID you call today…"
          onChange={(v) => void setState({ from: v || null, to: null })}
        />
        {!state.from ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            Common ones:{" "}
            {COMMON_FROM.filter((id) => byId.has(id)).map((id, i) => (
              <span key={id}>
                {i ? ", " : ""}
                <button type="button" className={`${linkClass} font-mono`} onClick={() => void setState({ from: id, to: null })}>
                  {id}
                </button>
              </span>
            ))}
            .
          </p>
        ) : null}
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">Your workload (per day, 30-day month, Standard tier)</legend>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <NumberField label="Input tokens per day" value={drafts.inPerDay} onChange={(v) => change("inPerDay", v)} error={errorOf("inPerDay")} />
            <NumberField label="Output tokens per day" value={drafts.outPerDay} onChange={(v) => change("outPerDay", v)} error={errorOf("outPerDay")} />
            <NumberField
              label="Reasoning tokens per day"
              value={drafts.reasoningPerDay}
              onChange={(v) => change("reasoningPerDay", v)}
              error={errorOf("reasoningPerDay")}
              hint="Billed as output, on reasoning models only. 0 = reasoning effort none."
            />
            <NumberField
              label="Typical input per request (optional)"
              value={drafts.perRequest}
              onChange={(v) => change("perRequest", v)}
              error={errorOf("perRequest")}
              hint="Checks the request fits and applies long-context pricing where a model has it."
            />
          </div>
        </fieldset>
      </section>

      {plan ? (
        <>
          <section aria-labelledby="status-heading" className="space-y-3">
            <h2 id="status-heading" className="flex flex-wrap items-center gap-2 text-xl font-semibold">
              <span className="break-all font-mono">{plan.from.id}</span>
              <Badge tone={TONE[plan.countdown.status]}>{STATUS_LABEL[plan.countdown.status]}</Badge>
            </h2>
            {plan.from.kind === "snapshot" ? (
              <p className="text-sm text-zinc-600 dark:text-zinc-400">
                A dated snapshot of <span className="font-mono">{plan.from.aliasId}</span>.
              </p>
            ) : null}
            <p data-testid="countdown">
              <strong className="text-lg tabular-nums">{plan.countdown.headline}.</strong> {plan.countdown.text}
            </p>
            <ReplacementList plan={plan} onCompare={(id) => void setState({ to: id })} />
          </section>

          {plan.countdown.status === "active" && !plan.replacements.length && !state.to ? (
            <Notice title={`${plan.from.id} is active: no migration needed.`} tone="info">
              To look for something cheaper or better anyway, pick a model to compare with below, or{" "}
              <Link href={serializeWizard("/wizard", { inPerDay: state.inPerDay, outPerDay: state.outPerDay })} className={linkClass}>
                run the wizard
              </Link>
              .
            </Notice>
          ) : null}

          <section aria-labelledby="compare-heading" className="space-y-4">
            <h2 id="compare-heading" className="text-lg font-semibold">
              What changes{target ? (
                <>
                  {" "}
                  from <span className="font-mono">{plan.from.id}</span> to <span className="font-mono">{target.id}</span>
                </>
              ) : null}
            </h2>
            <Select
              id={toId}
              label="Compare with"
              value={target?.id ?? ""}
              groups={targetOptions(plan.from, models, today)}
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
            {targetInCatalog ? <ChangesTable rows={plan.changes} fromId={plan.from.id} toId={targetInCatalog.id} /> : null}
          </section>

          <nav aria-label="Next steps" className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
            <Link href={`/models/${plan.from.id}`} className={linkClass}>
              {plan.from.id} model page
            </Link>
            {targetInCatalog ? (
              <>
                <Link href={`/models/${targetInCatalog.id}`} className={linkClass}>
                  {targetInCatalog.id} model page
                </Link>
                <Link href={compareHref(pairIds)} className={linkClass}>
                  Compare the two in full
                </Link>
                <Link href={calculatorHref(pairIds, workload)} className={linkClass}>
                  Price both in the calculator
                </Link>
              </>
            ) : null}
            <Link href={serializeWizard("/wizard", { inPerDay: state.inPerDay, outPerDay: state.outPerDay })} className={linkClass}>
              Find alternatives with the wizard
            </Link>
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
      ) : null}
    </div>
  );
}
