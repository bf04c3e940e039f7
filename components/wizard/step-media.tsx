"use client";

import { useRef, useState } from "react";

import { Notice } from "@/components/ui/notice";

import { Fieldset, RadioCard } from "./fields";
import { StepShell } from "./step-shell";
import type { StepProps } from "./wizard";

export function StepMedia({ state, facts, setAnswers, next, back, headingRef }: StepProps) {
  const [error, setError] = useState<string | null>(null);
  const group = useRef<HTMLDivElement>(null);
  const noAudio = facts.takeAudio === 0;
  return (
    <StepShell
      n={3}
      title="Do your inputs include images or audio?"
      why={`a model that cannot read your inputs cannot do the job, however cheap. Today ${facts.takeImages} of ${facts.callableSmall} callable small models take images; ${noAudio ? "none takes audio" : `${facts.takeAudio} take audio`}.`}
      headingRef={headingRef}
      onBack={back}
      onSubmit={() => {
        if (!state.images) {
          setError("Say whether your inputs include images.");
          group.current?.querySelector("input")?.focus();
          return;
        }
        next();
      }}
    >
      <Fieldset legend="Image understanding" description="Screenshots, photos, scanned documents, charts…" error={error}>
        <div ref={group} className="grid gap-2 sm:grid-cols-2">
          <RadioCard
            name="images"
            value="yes"
            checked={state.images === "yes"}
            title="Yes, inputs include images"
            onChange={() => {
              setError(null);
              setAnswers({ images: "yes" });
            }}
          />
          <RadioCard
            name="images"
            value="no"
            checked={state.images === "no"}
            title="No, text only"
            onChange={() => {
              setError(null);
              setAnswers({ images: "no" });
            }}
          />
        </div>
      </Fieldset>
      <Fieldset legend="Audio input" description="Speech or other sound sent to the model as audio.">
        <div className="grid gap-2 sm:grid-cols-2">
          <RadioCard
            name="audio"
            value="no"
            checked={state.audio !== "yes"}
            title="No audio"
            onChange={() => setAnswers({ audio: null })}
          />
          <RadioCard
            name="audio"
            value="yes"
            checked={state.audio === "yes"}
            title="Yes, audio is needed"
            onChange={() => setAnswers({ audio: "yes" })}
          />
        </div>
        {noAudio && state.audio === "yes" ? (
          <Notice title="No small model in this catalog takes audio input." tone="info">
            They take text{facts.takeImages ? " and images" : ""}. Transcribe the audio to text first, with a separate
            speech-to-text step priced on its own; the shortlist will assume you do.
          </Notice>
        ) : noAudio ? (
          <p className="text-sm text-fg-subtle">None of the small models in this catalog takes audio input.</p>
        ) : null}
      </Fieldset>
    </StepShell>
  );
}
