"use client";

import { useEffect, useId, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { fieldVariants } from "@/components/ui/field";
import { DAYS_PER_MONTH } from "@/lib/cost/article-workload";
import { formatTokens } from "@/lib/format";
import { countProblem, parseCount } from "@/lib/recommend/tokens";
import { LIMITS, promptProblem, SUGGESTED, typicalInput, type WizardState } from "@/lib/url/wizard";

import { Fieldset, NumberField, RadioCard } from "./fields";
import { StepShell } from "./step-shell";
import type { StepProps } from "./wizard";

const fmt = (n: number) => formatTokens(n);

function countError(text: string, min: number, max: number, what: string): string | null {
  if (!text.trim()) return `Enter ${what}.`;
  const n = parseCount(text);
  if (n === null) return countProblem(text);
  if (n < min) return `Must be at least ${fmt(min)}.`;
  if (n > max) return `At most ${fmt(max)}.`;
  return null;
}

type Drafts = { inPerDay: string; outPerDay: string; requests: string; outPerRequest: string };

function initialDrafts(s: WizardState): Drafts {
  return {
    inPerDay: fmt(s.inPerDay ?? SUGGESTED.inputTokensPerDay),
    outPerDay: fmt(s.outPerDay ?? SUGGESTED.outputTokensPerDay),
    requests: fmt(s.requests ?? SUGGESTED.requestsPerDay),
    outPerRequest: fmt(s.outPerRequest ?? SUGGESTED.outputTokensPerRequest),
  };
}

const FIELD_RULES = {
  inPerDay: { min: 1, max: LIMITS.tokensPerDay, what: "input tokens per day" },
  outPerDay: { min: 0, max: LIMITS.tokensPerDay, what: "output tokens per day" },
  requests: { min: 1, max: LIMITS.requestsPerDay, what: "requests per day" },
  outPerRequest: { min: 0, max: LIMITS.outputTokensPerRequest, what: "output tokens per request" },
} as const;

export function StepWorkload({ state, setAnswers, next, back, headingRef }: StepProps) {
  const [drafts, setDrafts] = useState<Drafts>(() => initialDrafts(state));
  const [prompts, setPrompts] = useState<string[]>(() => (state.prompts.length ? state.prompts : [""]));
  const [submitted, setSubmitted] = useState(false);
  const ids = { inPerDay: useId(), outPerDay: useId(), requests: useId(), outPerRequest: useId() };
  const promptBase = useId();
  const root = useRef<HTMLDivElement>(null);
  const mode = state.mode;
  // After "Add a prompt", move focus into the new field (keyboard users land where they type).
  const focusPrompt = useRef<number | null>(null);
  useEffect(() => {
    if (focusPrompt.current === null) return;
    root.current?.querySelector<HTMLTextAreaElement>(`[id="${promptBase}-${focusPrompt.current}"]`)?.focus();
    focusPrompt.current = null;
  }, [prompts.length, promptBase]);
  const fields = mode === "tokens" ? (["inPerDay", "outPerDay"] as const) : (["requests", "outPerRequest"] as const);

  const errorOf = (k: keyof Drafts) => {
    const r = FIELD_RULES[k];
    return drafts[k].trim() || submitted ? countError(drafts[k], r.min, r.max, r.what) : null;
  };
  const change = (k: keyof Drafts, text: string) => {
    setDrafts((d) => ({ ...d, [k]: text }));
    const r = FIELD_RULES[k];
    const n = parseCount(text);
    if (n !== null && !countError(text, r.min, r.max, r.what)) setAnswers({ [k]: n });
  };
  const commitPrompts = (list: string[]) => {
    setPrompts(list);
    const valid = list.filter((p) => promptProblem(p) === null);
    setAnswers({ prompts: valid.length ? valid : null });
  };

  const typical = typicalInput(state) ?? SUGGESTED.typicalInputTokens;
  const req = parseCount(drafts.requests);
  const opr = parseCount(drafts.outPerRequest);

  return (
    <StepShell
      n={4}
      title="Your workload and your data"
      why="the shortlist is priced for your volume, and benchmarks only hint at quality: the article's last step is to test the candidates on your own prompts. The result gives you a script that does exactly that."
      headingRef={headingRef}
      onBack={back}
      nextLabel="Show my shortlist"
      onSubmit={() => {
        setSubmitted(true);
        const bad = fields.find((k) => countError(drafts[k], FIELD_RULES[k].min, FIELD_RULES[k].max, ""));
        const badPrompt = prompts.findIndex((p) => p.trim() !== "" && promptProblem(p) !== null);
        if (bad) {
          root.current?.querySelector<HTMLInputElement>(`[id="${ids[bad]}"]`)?.focus();
          return;
        }
        if (badPrompt >= 0) {
          root.current?.querySelector<HTMLTextAreaElement>(`[id="${promptBase}-${badPrompt}"]`)?.focus();
          return;
        }
        const patch = Object.fromEntries(fields.map((k) => [k, parseCount(drafts[k])]));
        const valid = prompts.filter((p) => promptProblem(p) === null);
        next({ ...patch, prompts: valid.length ? valid : null });
      }}
    >
      <div ref={root} className="space-y-5">
        <Fieldset legend="How do you know your volume?">
          <div className="grid gap-2 sm:grid-cols-2">
            <RadioCard
              name="mode"
              value="tokens"
              checked={mode === "tokens"}
              title="Tokens per day"
              onChange={() => setAnswers({ mode: null })}
            />
            <RadioCard
              name="mode"
              value="requests"
              checked={mode === "requests"}
              title="Requests per day"
              description={`Input per request = your typical size from step 2 (${fmt(typical)} tokens).`}
              onChange={() => setAnswers({ mode: "requests" })}
            />
          </div>
        </Fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          {mode === "tokens" ? (
            <>
              <NumberField
                id={ids.inPerDay}
                label="Input tokens per day"
                value={drafts.inPerDay}
                onChange={(v) => change("inPerDay", v)}
                error={errorOf("inPerDay")}
                suffix="tokens"
              />
              <NumberField
                id={ids.outPerDay}
                label="Output tokens per day"
                value={drafts.outPerDay}
                onChange={(v) => change("outPerDay", v)}
                error={errorOf("outPerDay")}
                suffix="tokens"
              />
            </>
          ) : (
            <>
              <NumberField
                id={ids.requests}
                label="Requests per day"
                value={drafts.requests}
                onChange={(v) => change("requests", v)}
                error={errorOf("requests")}
                suffix="requests"
              />
              <NumberField
                id={ids.outPerRequest}
                label="Output tokens per request"
                value={drafts.outPerRequest}
                onChange={(v) => change("outPerRequest", v)}
                error={errorOf("outPerRequest")}
                suffix="tokens"
                hint={
                  req !== null && opr !== null
                    ? `= ${fmt(req * typical)} input and ${fmt(req * opr)} output tokens a day.`
                    : undefined
                }
              />
            </>
          )}
        </div>
        <p className="text-xs text-fg-subtle">
          Priced over a {DAYS_PER_MONTH}-day month at Standard-tier rates, without prompt caching or Batch discounts.
        </p>

        <Fieldset
          legend="Sample prompts to test with (optional)"
          description={`Up to ${LIMITS.prompts}, ${LIMITS.promptLength} characters each. They are saved in the link, so never paste secrets; the script can also read a longer file of prompts.`}
        >
          <ol className="space-y-3">
            {prompts.map((p, i) => {
              const problem = p.trim() === "" ? null : promptProblem(p);
              const id = `${promptBase}-${i}`;
              return (
                <li key={i} className="space-y-1">
                  <label htmlFor={id} className="block text-sm font-medium">
                    Sample prompt {i + 1}
                  </label>
                  <textarea
                    id={id}
                    value={p}
                    rows={3}
                    maxLength={LIMITS.promptLength}
                    onChange={(e) => commitPrompts(prompts.map((x, j) => (j === i ? e.target.value : x)))}
                    aria-invalid={problem ? true : undefined}
                    aria-describedby={`${id}-count${problem ? ` ${id}-error` : ""}`}
                    className={fieldVariants({ size: "area", className: "w-full" })}
                  />
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span id={`${id}-count`} className="text-xs text-fg-subtle">
                      {p.length} / {LIMITS.promptLength} characters
                    </span>
                    {prompts.length > 1 ? (
                      <Button
                        size="sm"
                        variant="ghost"
                        onClick={() => {
                          focusPrompt.current = Math.max(0, i - 1);
                          commitPrompts(prompts.filter((_, j) => j !== i));
                        }}
                      >
                        Remove prompt {i + 1}
                      </Button>
                    ) : null}
                  </div>
                  {problem ? (
                    <p id={`${id}-error`} className="text-sm font-medium text-danger">
                      This prompt {problem}
                      {problem.includes("API key") ? ": it is not saved in the link or the script. Remove the key." : "."}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
          {prompts.length < LIMITS.prompts ? (
            <Button
              size="sm"
              onClick={() => {
                focusPrompt.current = prompts.length;
                setPrompts([...prompts, ""]);
              }}
            >
              Add a prompt
            </Button>
          ) : null}
        </Fieldset>
      </div>
    </StepShell>
  );
}
