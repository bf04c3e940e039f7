"use client";

import { useId } from "react";

import { checkboxVariants } from "@/components/ui/checkbox";
import { fieldVariants } from "@/components/ui/field";
import type { Scale } from "@/lib/charts/axis";
import type { BenchmarkOption } from "@/lib/charts/benchmarks";

export const fieldClass = fieldVariants({ className: "max-w-full" });

export function BenchmarkSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly BenchmarkOption[];
  onChange: (slug: string) => void;
}) {
  return (
    <label className="flex max-w-full min-w-0 flex-col gap-1 text-sm">
      <span className="font-medium">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} className={fieldClass}>
        {options.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.name} ({o.count === 1 ? "1 model" : `${o.count} models`})
          </option>
        ))}
      </select>
    </label>
  );
}

/** Linear / log as a radio pair (both choices visible, one Tab stop, arrows switch). */
export function ScaleRadios({ legend, value, onChange }: { legend: string; value: Scale; onChange: (s: Scale) => void }) {
  const name = useId();
  return (
    <fieldset className="flex flex-col gap-1 text-sm">
      <legend className="mb-1 font-medium">{legend}</legend>
      <div className="flex h-9 items-center gap-3">
        {(["linear", "log"] as const).map((s) => (
          <label key={s} className="flex items-center gap-1.5">
            <input
              type="radio"
              name={name}
              value={s}
              checked={value === s}
              onChange={() => onChange(s)}
              className={checkboxVariants()}
            />
            {s === "linear" ? "Linear" : "Logarithmic"}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
