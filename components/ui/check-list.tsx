import type { ReactNode } from "react";

import { cn } from "@/lib/cn";

import { checkboxVariants } from "./checkbox";

export type CheckItem<T extends string = string> = { value: T; label: ReactNode; disabled?: boolean };

/**
 * A group of checkboxes named by its (visually hidden) legend, for a disclosure's content: the
 * catalog's filters, the models a chart or the calculator shows. Each box is named by its label.
 */
export function CheckList<T extends string>({
  legend,
  items,
  checked,
  onToggle,
  columns = 1,
  className,
}: {
  legend: string;
  items: readonly CheckItem<T>[];
  checked: readonly T[];
  onToggle: (value: T, on: boolean) => void;
  /** Two columns from the small breakpoint up, for long lists. */
  columns?: 1 | 2;
  className?: string;
}) {
  return (
    <fieldset className={cn("mt-2 grid gap-1", columns === 2 && "sm:grid-cols-2 sm:gap-x-6", className)}>
      <legend className="sr-only">{legend}</legend>
      {items.map((item) => (
        <label key={item.value} className="flex items-center gap-2 whitespace-nowrap">
          <input
            type="checkbox"
            className={checkboxVariants()}
            checked={checked.includes(item.value)}
            disabled={item.disabled}
            onChange={(e) => onToggle(item.value, e.currentTarget.checked)}
          />
          {item.label}
        </label>
      ))}
    </fieldset>
  );
}
