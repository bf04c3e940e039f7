"use client";

import { useId, type ReactNode } from "react";

import { checkboxVariants } from "@/components/ui/checkbox";
import { cn } from "@/lib/cn";

export { inputClass, NumberField } from "@/components/ui/number-field";

/** A radio drawn as a card: the whole card is the label, the native radio keeps keyboard use. */
export function RadioCard({
  name,
  value,
  checked,
  onChange,
  title,
  description,
}: {
  name: string;
  value: string;
  checked: boolean;
  onChange: (value: string) => void;
  title: string;
  description?: ReactNode;
}) {
  const id = useId();
  return (
    <label
      htmlFor={id}
      className={cn(
        "flex cursor-pointer gap-3 rounded-lg border p-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent-strong",
        checked ? "border-accent-strong bg-accent-soft" : "border-line-strong hover:bg-surface-muted",
      )}
    >
      <input
        id={id}
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
        className={checkboxVariants({ align: "top" })}
      />
      <span className="min-w-0">
        <span className="block font-medium">{title}</span>
        {description ? <span className="mt-0.5 block text-fg-subtle">{description}</span> : null}
      </span>
    </label>
  );
}

export function Fieldset({
  legend,
  description,
  error,
  children,
  className,
}: {
  legend: string;
  description?: ReactNode;
  error?: string | null;
  children: ReactNode;
  className?: string;
}) {
  const id = useId();
  return (
    <fieldset className={cn("space-y-2", className)} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-base font-semibold">{legend}</legend>
      {description ? <p className="text-sm text-fg-subtle">{description}</p> : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-danger">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
