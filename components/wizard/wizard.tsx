"use client";

import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";

import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import type { StepFacts } from "@/lib/recommend/step-facts";
import type { Candidate } from "@/lib/recommend/types";
import { MIGRATE_PATH } from "@/lib/url/migrate";
import { resolveStep, RESULT_STEP, STEP_COUNT, type WizardState, type WizardStep } from "@/lib/url/wizard";

import { Progress, STEP_TITLES } from "./progress";
import { StepContext } from "./step-context";
import { StepMedia } from "./step-media";
import { StepPriority } from "./step-priority";
import { StepWorkload } from "./step-workload";
import { useWizardState } from "./use-wizard-state";

/**
 * The result (ranking, exact money) is the only part that needs decimal.js and the ranking
 * rules: it loads when the result step is shown, so steps 1–4 stay light. Server-rendered as
 * usual when a link opens the result directly.
 */
const WizardResult = dynamic(() => import("./result").then((m) => m.WizardResult));

/** Answers a step may write (everything but the step itself and the script tab). */
export type AnswerPatch = Partial<Omit<{ [K in keyof WizardState]: WizardState[K] | null }, "step">>;

export type StepProps = {
  state: WizardState;
  facts: StepFacts;
  /** Writes answers, replacing the history entry. */
  setAnswers: (patch: AnswerPatch) => void;
  /** Writes answers and moves on, pushing a history entry. */
  next: (patch?: AnswerPatch) => void;
  back: () => void;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
};

export function Wizard({
  candidates,
  today,
  verifiedOn,
  facts,
  landedFrom,
  initial,
}: {
  candidates: Candidate[];
  today: string;
  /** The catalog's newest verified-on date, named in exports. */
  verifiedOn: string;
  facts: StepFacts;
  /** Set by the server when the link pointed past an unanswered step. */
  landedFrom: WizardStep | null;
  /** The server's answers for the link (lib/url/wizard-page.ts). */
  initial: WizardState;
}) {
  const [state, setState] = useWizardState(initial);
  const { step, landedFrom: landedNow } = resolveStep(state);
  const [note, setNote] = useState<WizardStep | null>(landedFrom);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const shownStep = useRef<WizardStep>(step);

  // A link past an unanswered step: show the landing step in the URL too (replace, not push).
  useEffect(() => {
    if (landedNow !== null) void setState({ step: step === 1 ? null : step }, { history: "replace" });
  }, [landedNow, step, setState]);

  // On the last step, fetch the result's code ahead of "Show my shortlist".
  useEffect(() => {
    if (step === STEP_COUNT) void import("./result");
  }, [step]);

  // Move focus to the new step's heading when the step changes (buttons, Back/Forward), not on load.
  useEffect(() => {
    if (shownStep.current !== step) {
      shownStep.current = step;
      headingRef.current?.focus();
    }
  }, [step]);

  const goTo = (target: WizardStep, patch: AnswerPatch = {}) => {
    setNote(null);
    void setState({ ...patch, step: target === 1 ? null : target }, { history: "push" });
  };
  const setAnswers = (patch: AnswerPatch) => void setState(patch, { history: "replace" });
  const numeric = step === RESULT_STEP ? STEP_COUNT + 1 : step;
  const stepProps: Omit<StepProps, "next" | "back"> = { state, facts, setAnswers, headingRef };

  return (
    <div className="space-y-5">
      <Progress current={step} state={state} onGo={(s) => goTo(s)} />
      {note !== null ? (
        <Notice
          title={`This link pointed to ${note === RESULT_STEP ? "the result" : `step ${note}`}, but an earlier answer is missing.`}
        >
          We started at step {numeric} ({STEP_TITLES[numeric - 1]}), the first one not answered yet.
        </Notice>
      ) : null}
      {step === 1 ? <StepPriority key="1" {...stepProps} next={(p) => goTo(2, p)} back={() => {}} /> : null}
      {step === 2 ? <StepContext key="2" {...stepProps} next={(p) => goTo(3, p)} back={() => goTo(1)} /> : null}
      {step === 3 ? <StepMedia key="3" {...stepProps} next={(p) => goTo(4, p)} back={() => goTo(2)} /> : null}
      {step === 4 ? <StepWorkload key="4" {...stepProps} next={(p) => goTo(RESULT_STEP, p)} back={() => goTo(3)} /> : null}
      {step === RESULT_STEP ? (
        <WizardResult
          state={state}
          candidates={candidates}
          today={today}
          verifiedOn={verifiedOn}
          headingRef={headingRef}
          onEdit={(s) => goTo(s)}
          onRestart={() =>
            goTo(1, {
              primary: null,
              secondary: null,
              typical: null,
              largest: null,
              images: null,
              audio: null,
              mode: null,
              inPerDay: null,
              outPerDay: null,
              requests: null,
              outPerRequest: null,
              prompts: null,
              lang: null,
            })
          }
          onLang={(lang) => void setState({ lang: lang === "node" ? null : lang }, { history: "replace" })}
        />
      ) : null}
      {step !== RESULT_STEP ? (
        <p className="text-sm text-fg-subtle">
          Already on a model that is retiring?{" "}
          <IntentLink href={MIGRATE_PATH} className={linkVariants()}>
            Plan the migration
          </IntentLink>
          .
        </p>
      ) : null}
    </div>
  );
}
