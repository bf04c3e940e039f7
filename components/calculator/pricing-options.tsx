"use client";

import { useId, useState } from "react";

import { Button } from "@/components/ui/button";
import { checkboxVariants } from "@/components/ui/checkbox";
import { fieldVariants } from "@/components/ui/field";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { ModelPicker } from "@/components/ui/model-picker";
import { cn } from "@/lib/cn";
import { parseBudget } from "@/lib/cost/budget";
import type { CalculatorModel } from "@/lib/cost/calculator-models";
import { PRESETS, type Preset } from "@/lib/cost/presets";
import { TIER_LABEL } from "@/lib/cost/tiers";
import type { ServiceTier } from "@/lib/cost/types";
import { formatDate, formatUsd } from "@/lib/format";
import { TIERS } from "@/lib/url/calculator";
import { compareHref } from "@/lib/url/compare";

const TIER_NOTE: Record<ServiceTier, string> = {
  standard: "list price",
  batch: "asynchronous jobs",
  flex: "slower, lower priority",
  fast: "formerly Priority",
};

export function PresetPicker({
  active,
  modified,
  onPick,
}: {
  active: Preset | undefined;
  modified: boolean;
  onPick: (p: Preset) => void;
}) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`} className="space-y-2">
      <h2 id={`${id}-h`} className="text-sm font-medium">
        Start from a preset
      </h2>
      <div className="grid gap-2 sm:grid-cols-2">
        {PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            aria-pressed={active?.id === p.id}
            onClick={() => onPick(p)}
            className="rounded-md border border-line-strong px-3 py-2 text-left text-sm hover:bg-surface-muted aria-pressed:border-accent-strong aria-pressed:bg-accent-soft"
          >
            <span className="block font-medium">{p.label}</span>
            <span className="block text-xs text-fg-subtle">{p.summary}</span>
          </button>
        ))}
      </div>
      {active ? (
        <div className="rounded-md bg-surface-muted px-3 py-2 text-xs text-fg-muted">
          <p className="font-medium">
            {active.label}
            {modified ? " (modified since)" : ""}: assumptions
          </p>
          <ul className="mt-1 list-inside list-disc space-y-0.5">
            {active.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export function TierPicker({ tier, onChange }: { tier: ServiceTier; onChange: (t: ServiceTier) => void }) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">Service tier</legend>
      <div className="grid grid-cols-2 gap-1 text-sm">
        {TIERS.map((t) => (
          <label key={t} className="flex items-start gap-2">
            <input
              type="radio"
              name="tier"
              className={checkboxVariants({ align: "top" })}
              checked={tier === t}
              onChange={() => onChange(t)}
            />
            <span>
              {TIER_LABEL[t]}
              <span className="block text-xs text-fg-subtle">{TIER_NOTE[t]}</span>
            </span>
          </label>
        ))}
      </div>
      <p className="text-xs text-fg-subtle">A model without the chosen tier says so in its row; no other price is used.</p>
    </fieldset>
  );
}

export function BudgetField({ budget, onChange }: { budget: string | null; onChange: (b: string | null) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; invalid: boolean } | null>(null);
  const shown = draft ?? (budget === null ? "" : formatUsd(budget).replace("$", ""));

  function onType(text: string) {
    setDraft(text);
    if (text.trim() === "") {
      setMessage(null);
      onChange(null);
      return;
    }
    const r = parseBudget(text);
    if (r.ok) {
      setMessage(r.message ? { text: r.message, invalid: false } : null);
      onChange(r.value);
    } else setMessage({ text: r.message, invalid: true });
  }

  return (
    <div className="space-y-1">
      <label htmlFor={`${id}-in`} className="block text-sm font-medium">
        Monthly budget
      </label>
      <p id={`${id}-desc`} className="text-xs text-fg-subtle">
        Budget mode: enter dollars per month to see how much of this workload each model buys. Leave empty to turn it off.
      </p>
      <div className="flex items-center gap-2">
        <span aria-hidden="true" className="text-sm text-fg-subtle">
          $
        </span>
        <input
          id={`${id}-in`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          placeholder="e.g. 250"
          value={shown}
          aria-invalid={message?.invalid || undefined}
          aria-describedby={`${id}-desc ${id}-msg`}
          onFocus={() => setDraft(shown)}
          onBlur={() => {
            setDraft(null);
            if (message?.invalid)
              setMessage({ text: `${message.text} Kept ${budget === null ? "no budget" : formatUsd(budget)}.`, invalid: false });
          }}
          onChange={(e) => onType(e.currentTarget.value)}
          className={fieldVariants({ numeric: true, className: "w-36" })}
        />
        <span className="text-xs text-fg-subtle">per month</span>
        {budget !== null ? (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              setMessage(null);
              onChange(null);
            }}
          >
            Clear budget
          </Button>
        ) : null}
      </div>
      <p
        id={`${id}-msg`}
        aria-live="polite"
        className={cn("min-h-4 text-xs", message?.invalid ? "text-danger" : "text-fg-subtle")}
      >
        {message?.text ?? ""}
      </p>
    </div>
  );
}

export function ModelOptions({
  eligible,
  focus,
  hiddenFocus,
  includeRetired,
  includeSnapshots,
  retiredCount,
  snapshotCount,
  onFocusChange,
  onRetiredChange,
  onSnapshotsChange,
  on,
}: {
  eligible: readonly CalculatorModel[];
  focus: readonly string[];
  hiddenFocus: readonly string[];
  includeRetired: boolean;
  includeSnapshots: boolean;
  retiredCount: number;
  snapshotCount: number;
  onFocusChange: (ids: string[]) => void;
  onRetiredChange: (on: boolean) => void;
  onSnapshotsChange: (on: boolean) => void;
  /** The "as of" day (null: today): the compare link keeps it. */
  on: string | null;
}) {
  const focused = focus.filter((id) => eligible.some((m) => m.id === id));
  return (
    <div className="space-y-2 text-sm">
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className={checkboxVariants({ align: "top" })}
          checked={includeRetired}
          onChange={(e) => onRetiredChange(e.currentTarget.checked)}
        />
        <span>
          Include retired models ({retiredCount})
          <span className="block text-xs text-fg-subtle">
            {on
              ? `Shut down, of unknown status or not yet released on ${formatDate(on)}: shown for reference, not callable.`
              : "Shut down or of unknown status: priced for reference, not callable."}
          </span>
        </span>
      </label>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className={checkboxVariants({ align: "top" })}
          checked={includeSnapshots}
          onChange={(e) => onSnapshotsChange(e.currentTarget.checked)}
        />
        <span>
          Show dated snapshots with their own prices ({snapshotCount})
          <span className="block text-xs text-fg-subtle">Snapshots priced like their alias are not repeated.</span>
        </span>
      </label>
      <ModelPicker
        mode="checklist"
        summary={`Focus on models${focused.length ? ` (${focused.length} selected)` : " (all shown)"}`}
        legend="Models to focus on"
        models={eligible.map((m) => ({ id: m.id }))}
        chosen={focus}
        onToggle={(id, on) => onFocusChange(on ? [...focus, id] : focus.filter((x) => x !== id))}
      />
      {focused.length ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button size="sm" variant="ghost" onClick={() => onFocusChange([])}>
            Clear focus
          </Button>
          {focused.length >= 2 ? (
            <IntentLink href={compareHref({ models: focused, on })} className={linkVariants({ className: "text-sm" })}>
              Compare the focused models
            </IntentLink>
          ) : null}
        </div>
      ) : null}
      {hiddenFocus.length ? (
        <p className="text-xs text-warn">
          {hiddenFocus.join(", ")} {hiddenFocus.length === 1 ? "is" : "are"} in the focus but hidden: turn on retired models or
          snapshots to see {hiddenFocus.length === 1 ? "it" : "them"}.
        </p>
      ) : null}
    </div>
  );
}
