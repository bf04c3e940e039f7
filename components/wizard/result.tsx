"use client";

import type { RefObject } from "react";

import { ExportButtons } from "@/components/export/export-buttons";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Disclosure } from "@/components/ui/disclosure";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { panelVariants } from "@/components/ui/panel";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { wizardExportTable } from "@/lib/export/wizard";
import { BANDS } from "@/lib/recommend/order";
import { recommend, SHORTLIST_SIZE } from "@/lib/recommend/rank";
import { summarizeAnswers } from "@/lib/recommend/summary";
import type { Candidate } from "@/lib/recommend/types";
import { priceInCalculatorHref } from "@/lib/url/calculator";
import { compareHref } from "@/lib/url/compare";
import { lifecycleCalendarHref } from "@/lib/url/feeds";
import { migrateHref } from "@/lib/url/migrate";
import { modelHref } from "@/lib/url/model";
import { RESULT_STEP, toWizardAnswers, wizardHref, type WizardState, type WizardStep } from "@/lib/url/wizard";

import { EvalScriptPanel } from "./eval-script-panel";
import { PickCard } from "./pick-card";

export function WizardResult({
  state,
  candidates,
  today,
  verifiedOn,
  headingRef,
  onEdit,
  onRestart,
  onLang,
}: {
  state: WizardState;
  candidates: Candidate[];
  today: string;
  verifiedOn: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onEdit: (s: WizardStep) => void;
  onRestart: () => void;
  onLang: (l: WizardState["lang"]) => void;
}) {
  const answers = toWizardAnswers(state);
  // Cheap (a dozen candidates): computed on every render, on the server for the first HTML too.
  const rec = answers ? recommend(answers, candidates, today) : null;
  if (!answers || !rec) return null; // resolveStep never shows the result without complete answers
  const ids = rec.shortlist.map((p) => p.candidate.id);
  const w = answers.workload;
  const permalink = wizardHref({ ...state, step: RESULT_STEP });

  // On a phone the first pick is what the visitor came for: it comes right under the heading,
  // and the answers, actions and caveats that explain it follow (they pushed it ~1,100 px down).
  return (
    <div className="space-y-6">
      <section aria-labelledby="result-heading" className="space-y-3">
        <h2 id="result-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold tracking-tight">
          Your shortlist
        </h2>
        {rec.shortlist.length ? (
          <>
            <ol aria-label="Shortlist, best first" className="grid gap-4 lg:grid-cols-3">
              {rec.shortlist.map((p) => (
                <PickCard key={p.candidate.id} pick={p} workload={w} />
              ))}
            </ol>
            <nav aria-label="Next steps with these models" className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
              <IntentLink href={priceInCalculatorHref(ids, w)} className={linkVariants()}>
                Price this in the calculator
              </IntentLink>
              <IntentLink href={compareHref({ models: ids })} className={linkVariants()}>
                Compare these {ids.length === 1 ? "" : ids.length} side by side
              </IntentLink>
              <a href={lifecycleCalendarHref(ids)} className={linkVariants()}>
                Add shutdown dates to my calendar
              </a>
            </nav>
          </>
        ) : (
          <Notice title="No small model fits all your answers.">
            See why each one is ruled out below. The largest input is the usual cause:{" "}
            <button type="button" className={linkVariants()} onClick={() => onEdit(2)}>
              change the input size
            </button>
            .
          </Notice>
        )}
      </section>

      <section aria-labelledby="answers-heading" className="space-y-3">
        <h2 id="answers-heading" className="text-lg font-semibold">
          Your answers
        </h2>
        <ul className="grid gap-1 text-sm sm:grid-cols-2">
          {summarizeAnswers(answers, state.prompts.length).map((line) => (
            <li key={line.step} className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium">{line.label}:</span>
              <span>{line.value}</span>
              <button type="button" onClick={() => onEdit(line.step)} className={linkVariants({ className: "text-xs" })}>
                Change<span className="sr-only"> {line.label.toLowerCase()}</span>
              </button>
            </li>
          ))}
        </ul>
        <div className="flex flex-wrap items-center gap-3">
          <CopyLinkButton href={permalink} label="Copy link to this result" />
          {rec.shortlist.length ? (
            <ExportButtons
              view="wizard"
              link={permalink}
              dataVerifiedOn={verifiedOn}
              title="Wizard shortlist"
              build={() => wizardExportTable(rec.shortlist)}
            />
          ) : null}
          <Button size="sm" variant="ghost" onClick={onRestart}>
            Start over
          </Button>
        </div>
        {rec.notes.map((n) => (
          <Notice key={n} title={n} tone="info" />
        ))}
      </section>

      {rec.shortlist.length ? (
        <section aria-labelledby="script-heading" className="space-y-2">
          <h2 id="script-heading" className="text-lg font-semibold">
            Test them on your data
          </h2>
          <p className="max-w-3xl text-sm text-fg-muted">
            The article&apos;s fourth step. This script runs your{" "}
            {state.prompts.length ? "sample prompts" : "prompts (add yours in step 4, or pass a file)"} on {ids.join(", ")} and
            prints latency, token counts and cost per model from the catalog&apos;s prices. It reads your key from the{" "}
            <code className="font-mono">OPENAI_API_KEY</code> environment variable and never contains one.
          </p>
          <EvalScriptPanel
            models={rec.shortlist.map((p) => p.candidate)}
            prompts={state.prompts}
            today={today}
            lang={state.lang}
            onLang={onLang}
          />
        </section>
      ) : null}

      <section aria-labelledby="ruled-out-heading" className="space-y-2">
        <h2 id="ruled-out-heading" className="text-lg font-semibold">
          Ruled out ({rec.ruledOut.length})
        </h2>
        <p className="text-sm text-fg-subtle">
          Dated snapshots are not listed separately: they share their alias&apos;s figures.
          {rec.ranked.length > SHORTLIST_SIZE
            ? ` ${rec.ranked.length - SHORTLIST_SIZE} more model${rec.ranked.length - SHORTLIST_SIZE === 1 ? "" : "s"} fit but ranked lower: ${rec.ranked
                .slice(SHORTLIST_SIZE)
                .map((m) => m.candidate.id)
                .join(", ")}.`
            : ""}
        </p>
        <ul className={panelVariants({ className: "divide-y divide-line text-sm" })}>
          {rec.ruledOut.map((r) => (
            <li key={r.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-baseline sm:gap-4">
              <span className="flex shrink-0 items-center gap-2 sm:w-64">
                <IntentLink
                  href={modelHref(r.id)}
                  className={linkVariants({ weight: "normal", className: "font-mono break-all" })}
                >
                  {r.id}
                </IntentLink>
                <Badge tone={r.status === "shutdown" ? "danger" : r.status === "deprecated" ? "warn" : "neutral"}>
                  {STATUS_LABEL[r.status]}
                </Badge>
              </span>
              <span className="min-w-0 flex-1">
                {r.reasons.map((x) => x.text).join("; ")}.
                {r.status === "shutdown" || r.status === "deprecated" ? (
                  <>
                    {" "}
                    <IntentLink href={migrateHref(r.id, w)} className={linkVariants()}>
                      Plan a migration from {r.id}
                    </IntentLink>
                  </>
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <Disclosure look="section" summary="How this ranking works">
        <ul className="mt-2 list-disc space-y-1 pl-5 text-fg-muted">
          <li>
            Only small models that can be called today are eligible; shut-down models are never recommended, and a model whose
            status is unknown is left out.
          </li>
          <li>
            A model must take your largest input (its published max input, else its context window) and, if you have images, take
            images.
          </li>
          <li>
            Models that shut down within 90 days rank after every model that does not, with a warning: a new project on them would
            migrate again within months.
          </li>
          <li>
            Quality is the model&apos;s GPQA Diamond score, else MMLU, else unknown; models are only compared on the same
            benchmark, and unknown ranks last. Speed is measured output tokens per second, unknown last. Cost is the monthly cost
            of your workload at Standard-tier prices.
          </li>
          <li>
            Your second priority decides between models about equal on the first: within {BANDS.costRatio * 100}% on cost,{" "}
            {BANDS.qualityPoints} points on quality, {BANDS.speedRatio * 100}% on speed.
          </li>
          <li>
            Remaining ties go to: the active model, then the cheaper one, then the larger input limit, then the newer release,
            then the model ID in alphabetical order.
          </li>
        </ul>
      </Disclosure>
    </div>
  );
}
