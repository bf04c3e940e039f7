"use client";

import { useId, useRef, type ReactNode } from "react";

import { cn } from "@/lib/cn";

import { fieldVariants } from "./field";
import { useTypedBeforeHydration } from "./use-typed-before-hydration";

export const inputClass = fieldVariants({ size: "md", className: "w-full tabular-nums" });

/** A labelled text field for whole numbers; the caller owns the draft text and the error. */
export function NumberField({
  label,
  value,
  onChange,
  hint,
  error,
  suffix,
  id: idProp,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  hint?: ReactNode;
  error?: string | null;
  suffix?: string;
  id?: string;
}) {
  const auto = useId();
  const id = idProp ?? auto;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const input = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(input, value, onChange);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="flex items-center gap-2">
        <input
          ref={input}
          id={id}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className={cn(inputClass, "max-w-48")}
        />
        {suffix ? <span className="text-sm text-fg-subtle">{suffix}</span> : null}
      </div>
      {hint ? (
        <p id={hintId} className="text-xs text-fg-subtle">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
