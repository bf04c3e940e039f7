"use client";

import { checkboxVariants } from "@/components/ui/checkbox";
import { SliderField } from "@/components/ui/slider";
import type { Workload } from "@/lib/cost/types";
import { LIMITS, parseWholeNumber, type CalculatorInputs, type VolumeMode } from "@/lib/cost/workload";
import { formatWhole } from "@/lib/format";
import { linearScale, logScale } from "@/lib/slider-scale";

const SCALES = {
  tokensPerDay: logScale({ minExp: LIMITS.tokensPerDay.minExp, maxExp: LIMITS.tokensPerDay.maxExp, zero: true }),
  requestsPerDay: logScale({ minExp: LIMITS.requestsPerDay.minExp, maxExp: LIMITS.requestsPerDay.maxExp, zero: true }),
  inputPerRequest: logScale({ minExp: LIMITS.inputPerRequest.minExp, maxExp: LIMITS.inputPerRequest.maxExp, zero: true }),
  outputPerRequest: logScale({ minExp: LIMITS.outputPerRequest.minExp, maxExp: LIMITS.outputPerRequest.maxExp, zero: true }),
  reasoningPerRequest: logScale({
    minExp: LIMITS.reasoningPerRequest.minExp,
    maxExp: LIMITS.reasoningPerRequest.maxExp,
    zero: true,
  }),
  cachedPercent: linearScale(LIMITS.cachedPercent.min, LIMITS.cachedPercent.max),
  daysPerMonth: linearScale(LIMITS.daysPerMonth.min, LIMITS.daysPerMonth.max),
};

const whole = (n: number) => formatWhole(n);
const counter =
  (max: number, unit: string, min = 0) =>
  (text: string) =>
    parseWholeNumber(text.replace(/%$/, ""), { min, max, unit });

type Field = keyof Omit<CalculatorInputs, "mode">;

export function WorkloadControls({
  inputs,
  workload,
  reasoningAvailable,
  onChange,
  onModeChange,
}: {
  inputs: CalculatorInputs;
  workload: Workload;
  /** False when no shown model reasons: the reasoning slider is then disabled and says why. */
  reasoningAvailable: boolean;
  onChange: (field: Field, value: number) => void;
  onModeChange: (mode: VolumeMode) => void;
}) {
  const reasoningNote = reasoningAvailable
    ? "Billed as output, on reasoning models only."
    : "None of the shown models reasons, so reasoning tokens cost nothing here.";
  const tokens = (
    field: Field,
    label: string,
    unit: string,
    scale = SCALES.tokensPerDay,
    max: number = LIMITS.tokensPerDay.max,
    description?: string,
    disabled?: boolean,
  ) => (
    <SliderField
      key={field}
      label={label}
      unit={unit}
      value={inputs[field]}
      onValueChange={(v) => onChange(field, v)}
      scale={scale}
      format={whole}
      parse={counter(max, "tokens")}
      description={description}
      disabled={disabled}
    />
  );

  return (
    <div className="space-y-3">
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">Describe the volume as</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {(
            [
              ["day", "Tokens per day"],
              ["request", "Requests × tokens per request"],
            ] as const
          ).map(([mode, label]) => (
            <label key={mode} className="flex items-center gap-2">
              <input
                type="radio"
                name="volume-mode"
                className={checkboxVariants()}
                checked={inputs.mode === mode}
                onChange={() => onModeChange(mode)}
              />
              {label}
            </label>
          ))}
        </div>
        <p className="text-xs text-fg-subtle">
          {inputs.mode === "day"
            ? "Daily totals. Describe requests to check long-context surcharges and context windows (switching keeps your daily totals)."
            : "Only this mode knows the size of one request: long-context surcharges and context windows are checked per request."}
        </p>
      </fieldset>

      {inputs.mode === "day" ? (
        <>
          {tokens("inputPerDay", "Input tokens per day", "tokens / day")}
          {tokens("outputPerDay", "Output tokens per day", "tokens / day")}
          {tokens(
            "reasoningPerDay",
            "Reasoning tokens per day",
            "tokens / day",
            SCALES.tokensPerDay,
            LIMITS.tokensPerDay.max,
            `Extra reasoning tokens, as a daily total in this mode (per request when you describe requests). ${reasoningNote}`,
            !reasoningAvailable,
          )}
        </>
      ) : (
        <>
          <SliderField
            label="Requests per day"
            unit="requests / day"
            value={inputs.requestsPerDay}
            onValueChange={(v) => onChange("requestsPerDay", v)}
            scale={SCALES.requestsPerDay}
            format={whole}
            parse={counter(LIMITS.requestsPerDay.max, "requests")}
          />
          {tokens(
            "inputPerRequest",
            "Input tokens per request",
            "tokens / request",
            SCALES.inputPerRequest,
            LIMITS.inputPerRequest.max,
          )}
          {tokens(
            "outputPerRequest",
            "Output tokens per request",
            "tokens / request",
            SCALES.outputPerRequest,
            LIMITS.outputPerRequest.max,
          )}
          {tokens(
            "reasoningPerRequest",
            "Reasoning tokens per request",
            "tokens / request",
            SCALES.reasoningPerRequest,
            LIMITS.reasoningPerRequest.max,
            `Extra reasoning tokens per request. ${reasoningNote} They count against max output and the context window.`,
            !reasoningAvailable,
          )}
          <p className="rounded-md bg-surface-muted px-3 py-2 text-xs text-fg-muted">
            That is {whole(workload.inputTokensPerDay)} input, {whole(workload.outputTokensPerDay)} output
            {workload.reasoningTokensPerDay > 0 ? ` and ${whole(workload.reasoningTokensPerDay)} reasoning` : ""} tokens a day.
          </p>
        </>
      )}

      <SliderField
        label="Input served from the prompt cache"
        unit="%"
        value={inputs.cachedPercent}
        onValueChange={(v) => onChange("cachedPercent", v)}
        scale={SCALES.cachedPercent}
        format={(n) => String(n)}
        parse={counter(LIMITS.cachedPercent.max, "percent")}
        description="Cached input is billed at the cached-input price, where one is published."
      />
      <SliderField
        label="Days per month"
        unit="days"
        value={inputs.daysPerMonth}
        onValueChange={(v) => onChange("daysPerMonth", v)}
        scale={SCALES.daysPerMonth}
        format={(n) => String(n)}
        parse={counter(LIMITS.daysPerMonth.max, "days", LIMITS.daysPerMonth.min)}
        description="The article assumes 30. A year is 12 of these months."
      />
    </div>
  );
}
