"use client";

import dynamic from "next/dynamic";
import { useId, useMemo, useState } from "react";

import { linkVariants } from "@/components/ui/link";
import { ModelPicker } from "@/components/ui/model-picker";
import { NumberField } from "@/components/ui/number-field";
import { panelVariants } from "@/components/ui/panel";
import { DAYS_PER_MONTH } from "@/lib/cost/article-workload";
import { formatTokens } from "@/lib/format";
import type { MigrationModel } from "@/lib/migrate/model";
import { fromOptions } from "@/lib/migrate/options";
import { countProblem, parseCount } from "@/lib/recommend/tokens";
import {
  MAX_TOKENS_PER_DAY,
  MAX_TOKENS_PER_REQUEST,
  migratePlanHref,
  migrateWorkload,
  type MigrateState,
} from "@/lib/url/migrate";

import { useMigrateState } from "./use-migrate-state";

/**
 * The plan (pricing with decimal.js, the side-by-side rows, exports) is its own chunk: it loads
 * once a model is chosen, and is server-rendered as usual when a link names one.
 */
const MigratePlan = dynamic(() => import("./migrate-plan"));

/**
 * Fetches the plan's code when the reader reaches for the form (pointer over it, or focus in it),
 * so choosing a model rather than the network sets the pace. Not on idle: importing evaluates the
 * chunk, and on a phone that evaluation was a long task inside the first load (issue 15).
 */
let planRequested = false;
function preloadPlan() {
  if (planRequested) return;
  planRequested = true;
  void import("./migrate-plan");
}

/** Retiring models people arrive with most often (the source article's three and GPT-5's small pair). */
const COMMON_FROM = ["gpt-4o-mini", "gpt-4.1-mini", "gpt-4.1-nano", "gpt-5-mini", "gpt-5-nano"];

type DraftKey = "inPerDay" | "outPerDay" | "reasoningPerDay" | "perRequest";

/** The planner's island. `initial` is the server's state for the link (lib/url/migrate-page.ts). */
export function MigrateView({
  models,
  today,
  verifiedOn,
  initial,
}: {
  models: MigrationModel[];
  today: string;
  verifiedOn: string;
  initial: MigrateState;
}) {
  const [state, setState] = useMigrateState(initial);
  const byId = useMemo(() => new Map(models.map((m) => [m.id, m])), [models]);

  const workload = migrateWorkload(state);

  const [drafts, setDrafts] = useState<Record<DraftKey, string>>(() => ({
    inPerDay: formatTokens(state.inPerDay),
    outPerDay: formatTokens(state.outPerDay),
    reasoningPerDay: formatTokens(state.reasoningPerDay),
    perRequest: state.perRequest === null ? "" : formatTokens(state.perRequest),
  }));
  const errorOf = (k: DraftKey) => {
    if (k === "perRequest" && !drafts[k].trim()) return null;
    const n = parseCount(drafts[k]);
    if (n === null) return countProblem(drafts[k]);
    if (k === "perRequest" && (n < 1 || n > MAX_TOKENS_PER_REQUEST))
      return `Between 1 and ${formatTokens(MAX_TOKENS_PER_REQUEST)} tokens, or empty.`;
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
  const fromGroups = useMemo(() => fromOptions(models, today), [models, today]);
  const permalink = migratePlanHref(state);

  return (
    <div className="space-y-6">
      <section
        aria-label="Your model and workload"
        onPointerEnter={preloadPlan}
        onFocusCapture={preloadPlan}
        className={panelVariants({ pad: "md", className: "space-y-4" })}
      >
        <ModelPicker
          mode="select"
          className="max-w-md"
          id={fromId}
          label="I use model"
          value={state.from ?? ""}
          groups={fromGroups}
          placeholder="Choose the model ID you call today…"
          onChange={(v) => void setState({ from: v || null, to: null })}
        />
        {!state.from ? (
          <p className="text-sm text-fg-muted">
            Common ones:{" "}
            {COMMON_FROM.filter((id) => byId.has(id)).map((id, i) => (
              <span key={id}>
                {i ? ", " : ""}
                <button
                  type="button"
                  className={linkVariants({ className: "font-mono" })}
                  onClick={() => void setState({ from: id, to: null })}
                >
                  {id}
                </button>
              </span>
            ))}
            .
          </p>
        ) : null}
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold">Your workload (per day, {DAYS_PER_MONTH}-day month, Standard tier)</legend>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            <NumberField
              label="Input tokens per day"
              value={drafts.inPerDay}
              onChange={(v) => change("inPerDay", v)}
              error={errorOf("inPerDay")}
            />
            <NumberField
              label="Output tokens per day"
              value={drafts.outPerDay}
              onChange={(v) => change("outPerDay", v)}
              error={errorOf("outPerDay")}
            />
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

      {state.from ? (
        <MigratePlan
          from={state.from}
          state={state}
          setState={setState}
          models={models}
          byId={byId}
          workload={workload}
          today={today}
          verifiedOn={verifiedOn}
          permalink={permalink}
        />
      ) : null}
    </div>
  );
}
