"use client";

import { useRef, useState } from "react";

import { PRIORITIES, type Priority } from "@/lib/recommend/types";

import { Fieldset, RadioCard } from "./fields";
import { StepShell } from "./step-shell";
import type { StepProps } from "./wizard";

const PRIORITY_TEXT: Record<Priority, { title: string; description: string }> = {
  quality: {
    title: "Quality",
    description:
      'Ranked by the best published benchmark: GPQA Diamond, else MMLU. Several current models publish neither; they show as "quality unknown".',
  },
  speed: {
    title: "Speed",
    description:
      'Ranked by measured output tokens per second. Few models have a published figure; the rest show as "not measured".',
  },
  cost: { title: "Cost", description: "Ranked by the monthly cost of your workload (step 4) at Standard-tier prices." },
};

export function StepPriority({ state, setAnswers, next, headingRef }: StepProps) {
  const [error, setError] = useState<string | null>(null);
  const firstRadio = useRef<HTMLDivElement>(null);
  return (
    <StepShell
      n={1}
      title="What matters most?"
      why="small models trade quality, speed and price against each other. Your first choice orders the shortlist; the optional second one decides between models that are about equal on the first."
      headingRef={headingRef}
      onSubmit={() => {
        if (!state.primary) {
          setError("Choose what matters most to continue.");
          firstRadio.current?.querySelector("input")?.focus();
          return;
        }
        next();
      }}
    >
      <Fieldset legend="Most important" error={error}>
        <div ref={firstRadio} className="grid gap-2 sm:grid-cols-3">
          {PRIORITIES.map((p) => (
            <RadioCard
              key={p}
              name="primary"
              value={p}
              checked={state.primary === p}
              title={PRIORITY_TEXT[p].title}
              description={PRIORITY_TEXT[p].description}
              onChange={() => {
                setError(null);
                setAnswers({ primary: p, secondary: state.secondary === p ? null : state.secondary });
              }}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset
        legend="Second priority (optional)"
        description="Breaks near-ties on the first: within 10% on cost or speed, or 2 points on the same benchmark."
      >
        <div className="grid gap-2 sm:grid-cols-3">
          <RadioCard
            name="secondary"
            value="none"
            checked={!state.secondary}
            title="None"
            onChange={() => setAnswers({ secondary: null })}
          />
          {PRIORITIES.filter((p) => p !== state.primary).map((p) => (
            <RadioCard
              key={p}
              name="secondary"
              value={p}
              checked={state.secondary === p}
              title={PRIORITY_TEXT[p].title}
              onChange={() => setAnswers({ secondary: p })}
            />
          ))}
        </div>
      </Fieldset>
    </StepShell>
  );
}
