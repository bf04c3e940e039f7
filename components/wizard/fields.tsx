"use client";

import { useId, type ReactNode } from "react";
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
        "flex cursor-pointer gap-3 rounded-lg border p-3 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-sky-600",
        checked
          ? "border-sky-600 bg-sky-50 dark:border-sky-500 dark:bg-sky-950/50"
          : "border-zinc-300 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-900",
      )}
    >
      <input
        id={id}
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={() => onChange(value)}
        className="mt-0.5 size-4 shrink-0 accent-sky-700"
      />
      <span className="min-w-0">
        <span className="block font-medium">{title}</span>
        {description ? <span className="mt-0.5 block text-zinc-600 dark:text-zinc-400">{description}</span> : null}
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
      {description ? <p className="text-sm text-zinc-600 dark:text-zinc-400">{description}</p> : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
