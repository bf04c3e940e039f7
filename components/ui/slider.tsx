"use client";

import { useId, useRef, useState, type InputHTMLAttributes, type KeyboardEvent, type ReactNode } from "react";

import { cn } from "@/lib/cn";
import type { SliderScale } from "@/lib/slider-scale";

import { fieldVariants } from "./field";
import { useTypedBeforeHydration } from "./use-typed-before-hydration";

/** Page Up / Page Down move this many positions: a decade on a log scale. */
const PAGE_STEP = 10;

/** A native range input, styled; keyboard: arrows step, Page Up/Down jump, Home/End ends. */
function Slider({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return (
    <input
      type="range"
      className={cn("h-6 min-w-0 cursor-pointer disabled:cursor-not-allowed disabled:opacity-50", className)}
      {...props}
    />
  );
}

type ParseResult = { ok: true; value: number; message?: string } | { ok: false; message: string };

type SliderFieldProps = {
  label: string;
  /** Shown after the number field and read with the value: "tokens per day". */
  unit: string;
  value: number;
  onValueChange: (value: number) => void;
  scale: SliderScale;
  /** Text of a value in the number field and in aria-valuetext. */
  format: (value: number) => string;
  /** Reads typed text; refuses or clamps with a message. */
  parse: (text: string) => ParseResult;
  description?: ReactNode;
  disabled?: boolean;
  className?: string;
};

/**
 * A slider with a typed number field beside it, a unit and a message line. The slider moves on
 * its scale's steps (logarithmic for volumes); the field takes any value in range, exactly, and
 * says why it refused or clamped what was typed. Both controls share the label.
 */
export function SliderField({
  label,
  unit,
  value,
  onValueChange,
  scale,
  format,
  parse,
  description,
  disabled,
  className,
}: SliderFieldProps) {
  const id = useId();
  const labelId = `${id}-label`;
  const descId = `${id}-desc`;
  const msgId = `${id}-msg`;
  // While the field has focus it shows what is typed; otherwise the committed value.
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; invalid: boolean } | null>(null);

  const position = scale.toPosition(value);
  const text = draft ?? format(value);

  function onType(next: string) {
    setDraft(next);
    const r = parse(next);
    if (r.ok) {
      setMessage(r.message ? { text: r.message, invalid: false } : null);
      if (r.value !== value) onValueChange(r.value);
    } else setMessage({ text: r.message, invalid: true });
  }

  const textBox = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(textBox, text, (typed) => {
    onType(typed);
    // Typed and left before hydration: show the committed value, as a blur would.
    if (document.activeElement !== textBox.current) setDraft(null);
  });

  function onSliderKey(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key !== "PageUp" && e.key !== "PageDown") return;
    e.preventDefault();
    const next = Math.min(scale.last, Math.max(0, position + (e.key === "PageUp" ? PAGE_STEP : -PAGE_STEP)));
    onValueChange(scale.toValue(next));
  }

  const describedBy = [description ? descId : null, message ? msgId : null].filter(Boolean).join(" ") || undefined;

  return (
    <div role="group" aria-labelledby={labelId} className={cn("space-y-1", className)}>
      <label id={labelId} htmlFor={`${id}-range`} className="block text-sm font-medium">
        {label}
      </label>
      {description ? (
        <p id={descId} className="text-xs text-fg-subtle">
          {description}
        </p>
      ) : null}
      {/* The slider takes its own line when the field and unit leave it too little room. */}
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <Slider
          id={`${id}-range`}
          className="flex-[1_1_8rem]"
          min={0}
          max={scale.last}
          step={1}
          value={position}
          disabled={disabled}
          aria-valuetext={`${format(value)} ${unit}`}
          aria-describedby={describedBy}
          onChange={(e) => {
            setMessage(null);
            onValueChange(scale.toValue(Number(e.currentTarget.value)));
          }}
          onKeyDown={onSliderKey}
        />
        <input
          ref={textBox}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-labelledby={labelId}
          aria-describedby={describedBy}
          aria-invalid={message?.invalid || undefined}
          disabled={disabled}
          value={text}
          onFocus={() => setDraft(format(value))}
          onBlur={() => {
            setDraft(null);
            // The field shows the kept value again, so the refusal becomes a note about it.
            if (message?.invalid) setMessage({ text: `${message.text} Kept ${format(value)}.`, invalid: false });
          }}
          onChange={(e) => onType(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") setDraft(format(value));
          }}
          className={fieldVariants({ numeric: true, className: "w-32 shrink-0" })}
        />
        <span className="w-16 shrink-0 text-xs leading-tight text-fg-subtle" aria-hidden="true">
          {unit}
        </span>
      </div>
      <p id={msgId} aria-live="polite" className={cn("min-h-4 text-xs", message?.invalid ? "text-danger" : "text-fg-subtle")}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}
