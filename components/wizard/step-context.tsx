"use client";

import { useId, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { formatTokens } from "@/lib/format";
import { countFitting } from "@/lib/recommend/step-facts";
import { countProblem, describeTokens, parseCount, SIZE_PRESETS, toTokens, type SizeUnit } from "@/lib/recommend/tokens";
import { LIMITS, SUGGESTED } from "@/lib/url/wizard";

import { inputClass, NumberField } from "./fields";
import { StepShell } from "./step-shell";
import type { StepProps } from "./wizard";

const fmt = (n: number) => formatTokens(n);

function tokenError(text: string, what: string): string | null {
  if (!text.trim()) return `Enter the ${what} in tokens.`;
  const n = parseCount(text);
  if (n === null) return countProblem(text);
  if (n < 1) return "Must be at least 1 token.";
  if (n > LIMITS.inputTokensPerRequest) return `At most ${fmt(LIMITS.inputTokensPerRequest)} tokens.`;
  return null;
}

export function StepContext({ state, facts, setAnswers, next, back, headingRef }: StepProps) {
  const [typical, setTypical] = useState(() =>
    fmt(state.typical ?? Math.min(SUGGESTED.typicalInputTokens, state.largest ?? SUGGESTED.largestInputTokens)),
  );
  const [largest, setLargest] = useState(() => fmt(state.largest ?? SUGGESTED.largestInputTokens));
  const [showRequired, setShowRequired] = useState(false);
  const typicalId = useId();
  const largestId = useId();
  const formRef = useRef<HTMLDivElement>(null);

  const t = parseCount(typical);
  const l = parseCount(largest);
  const typicalErr = typical.trim() || showRequired ? tokenError(typical, "typical input size") : null;
  let largestErr = largest.trim() || showRequired ? tokenError(largest, "largest input size") : null;
  const order = t !== null && l !== null && !typicalErr && !largestErr && t > l;
  if (order) largestErr = "The largest input cannot be smaller than the typical one.";

  const commitTypical = (text: string) => {
    setTypical(text);
    const n = parseCount(text);
    if (n !== null && !tokenError(text, "")) setAnswers({ typical: n });
  };
  const commitLargest = (text: string) => {
    setLargest(text);
    const n = parseCount(text);
    if (n !== null && !tokenError(text, "")) setAnswers({ largest: n });
  };

  const fitting = l !== null && !largestErr ? countFitting(facts, l) : null;

  return (
    <StepShell
      n={2}
      title="How large are your inputs?"
      why={`a request must fit in the model's context window. At 128K tokens the older small models drop out; the largest window among callable small models today is ${fmt(facts.largestInputLimit)} input tokens. Very large requests can also cost more per token on some models.`}
      headingRef={headingRef}
      onBack={back}
      onSubmit={() => {
        setShowRequired(true);
        const bad = tokenError(typical, "") ?? tokenError(largest, "");
        if (bad || t === null || l === null || t > l) {
          const target = tokenError(typical, "") ? typicalId : largestId;
          formRef.current?.querySelector<HTMLInputElement>(`[id="${target}"]`)?.focus();
          return;
        }
        next({ typical: t, largest: l });
      }}
    >
      <div ref={formRef} className="grid gap-4 sm:grid-cols-2">
        <NumberField
          id={typicalId}
          label="Typical input per request"
          suffix="tokens"
          value={typical}
          onChange={commitTypical}
          error={typicalErr}
          hint={t !== null && !typicalErr ? `${describeTokens(t)}. Used to price your requests.` : "Used to price your requests."}
        />
        <NumberField
          id={largestId}
          label="Largest input per request"
          suffix="tokens"
          value={largest}
          onChange={commitLargest}
          error={largestErr}
          hint={
            l !== null && !largestErr
              ? `${describeTokens(l)}. Models that cannot take it are ruled out.`
              : "Models that cannot take it are ruled out."
          }
        />
      </div>
      <p role="status" className="text-sm font-medium">
        {fitting !== null
          ? `${fitting} of ${facts.callableSmall} callable small models take ${fmt(l!)} input tokens${l! > 128_000 ? " (more than 128K)" : ""}.`
          : " "}
      </p>
      <div className="space-y-2">
        <p className="text-sm font-medium" id={`${largestId}-presets`}>
          Common sizes (set the largest input):
        </p>
        <div className="flex flex-wrap gap-2" role="group" aria-labelledby={`${largestId}-presets`}>
          {SIZE_PRESETS.map((p) => (
            <Button key={p.label} size="sm" onClick={() => commitLargest(fmt(p.tokens))}>
              {p.label}: {fmt(p.tokens)}
            </Button>
          ))}
        </div>
      </div>
      <SizeConverter onTypical={(n) => commitTypical(fmt(n))} onLargest={(n) => commitLargest(fmt(n))} />
    </StepShell>
  );
}

/** Words or pages → tokens, for people who know their documents but not their token counts. */
function SizeConverter({ onTypical, onLargest }: { onTypical: (n: number) => void; onLargest: (n: number) => void }) {
  const [amount, setAmount] = useState("");
  const [unit, setUnit] = useState<Exclude<SizeUnit, "tokens">>("pages");
  const amountId = useId();
  const unitId = useId();
  const n = parseCount(amount);
  const tokens = n !== null && n > 0 ? Math.min(toTokens(n, unit), LIMITS.inputTokensPerRequest) : null;
  return (
    <fieldset className="space-y-2 rounded-lg border border-dashed border-line-strong p-3">
      <legend className="px-1 text-sm font-medium">Know it in words or pages? Convert</legend>
      <div className="flex flex-wrap items-end gap-2">
        <div className="space-y-1">
          <label htmlFor={amountId} className="block text-xs font-medium">
            Amount
          </label>
          <input
            id={amountId}
            type="text"
            inputMode="numeric"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            className={`${inputClass} w-28`}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor={unitId} className="block text-xs font-medium">
            Unit
          </label>
          <select
            id={unitId}
            value={unit}
            onChange={(e) => setUnit(e.target.value as "words" | "pages")}
            className={`${inputClass} w-28`}
          >
            <option value="pages">pages</option>
            <option value="words">words</option>
          </select>
        </div>
        <p className="h-10 content-center text-sm tabular-nums" aria-live="polite">
          {tokens !== null ? `≈ ${fmt(tokens)} tokens` : amount.trim() && n === null ? countProblem(amount) : "≈ tokens"}
        </p>
        <Button size="field" disabled={tokens === null} onClick={() => tokens !== null && onTypical(tokens)}>
          Use as typical
        </Button>
        <Button size="field" disabled={tokens === null} onClick={() => tokens !== null && onLargest(tokens)}>
          Use as largest
        </Button>
      </div>
      <p className="text-xs text-fg-subtle">
        Rule of thumb for English prose: 1 token ≈ 0.75 words, a page ≈ 500 words. Code and other languages use more tokens.
      </p>
    </fieldset>
  );
}
