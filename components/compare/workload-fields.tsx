"use client";

import { useId, useRef, useState } from "react";

import { fieldVariants } from "@/components/ui/field";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import { TIER_LABEL } from "@/lib/cost/tiers";
import { formatTokens, formatTokensShort } from "@/lib/format";
import { countProblem, parseCount } from "@/lib/recommend/tokens";
import { COMPARE_TIERS, MAX_TOKENS_PER_DAY, type CompareState } from "@/lib/url/compare";

const fieldClass = fieldVariants({ className: "w-40 max-w-full tabular-nums" });

type Workload = Pick<CompareState, "inputPerDay" | "outputPerDay" | "tier">;

/** The workload of the monthly-cost row: tokens per day in and out, and the service tier. */
export function WorkloadFields({ value, onChange }: { value: Workload; onChange: (patch: Partial<Workload>) => void }) {
  const tierId = useId();
  return (
    <fieldset className="flex flex-wrap items-start gap-3">
      <legend className="mb-1 text-sm font-medium">Workload for the monthly cost</legend>
      <TokenField label="Input tokens a day" value={value.inputPerDay} onValid={(n) => onChange({ inputPerDay: n })} />
      <TokenField label="Output tokens a day" value={value.outputPerDay} onValid={(n) => onChange({ outputPerDay: n })} />
      <div className="flex flex-col gap-1 text-sm">
        <label htmlFor={tierId}>Service tier</label>
        <select
          id={tierId}
          value={value.tier}
          onChange={(e) => onChange({ tier: e.target.value as Workload["tier"] })}
          className={fieldVariants({ className: "w-32 max-w-full" })}
        >
          {COMPARE_TIERS.map((t) => (
            <option key={t} value={t}>
              {TIER_LABEL[t]}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}

/** A whole number of tokens; what is typed stays while it is not a valid count, and says why. */
function TokenField({ label, value, onValid }: { label: string; value: number; onValid: (n: number) => void }) {
  const id = useId();
  const errorId = useId();
  const [text, setText] = useState(String(value));
  const [seen, setSeen] = useState(value);
  // The URL changed from elsewhere (back button, a link): show the new value.
  if (seen !== value) {
    setSeen(value);
    if (parseCount(text) !== value) setText(String(value));
  }
  const n = parseCount(text);
  const valid = n !== null && n <= MAX_TOKENS_PER_DAY;
  const range = `A whole number from 0 to ${formatTokens(MAX_TOKENS_PER_DAY)}`;
  function onType(next: string) {
    setText(next);
    const count = parseCount(next);
    if (count !== null && count <= MAX_TOKENS_PER_DAY) onValid(count);
  }
  const box = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(box, text, onType);

  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id}>{label}</label>
      <input
        ref={box}
        id={id}
        inputMode="numeric"
        autoComplete="off"
        value={text}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : errorId}
        onChange={(e) => onType(e.target.value)}
        className={fieldClass}
      />
      {valid ? (
        <span aria-hidden="true" className="text-xs text-fg-subtle">
          {formatTokens(n)} ({formatTokensShort(n)})
        </span>
      ) : (
        <span id={errorId} className="max-w-40 text-xs text-danger">
          {n === null ? `${countProblem(text)} ${range}` : range}
        </span>
      )}
    </div>
  );
}
