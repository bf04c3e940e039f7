"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import type { PickerOption } from "@/lib/compare/types";
import { MAX_COMPARED } from "@/lib/url/compare";

const fieldClass =
  "h-9 w-full min-w-0 rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** Adds a model to the comparison: a select of every catalog ID (grouped by family) and an Add button. */
export function ModelPicker({
  options,
  chosen,
  onAdd,
  disabled,
}: {
  options: PickerOption[];
  chosen: string[];
  onAdd: (id: string) => void;
  disabled?: boolean;
}) {
  const [pick, setPick] = useState("");
  const selectId = useId();
  const full = chosen.length >= MAX_COMPARED;
  const families = [...new Set(options.map((o) => o.family))];

  return (
    <form
      className="flex w-full min-w-0 flex-wrap items-end gap-2 sm:w-auto"
      onSubmit={(e) => {
        e.preventDefault();
        if (pick && !full && !chosen.includes(pick)) {
          onAdd(pick);
          setPick("");
        }
      }}
    >
      <div className="flex w-full min-w-0 flex-col gap-1 text-sm sm:w-80">
        <label htmlFor={selectId} className="font-medium">
          Add a model
        </label>
        <select id={selectId} value={pick} onChange={(e) => setPick(e.target.value)} className={fieldClass} disabled={full || disabled}>
          <option value="">{full ? `${MAX_COMPARED} models chosen (the most)` : "Choose a model ID…"}</option>
          {families.map((f) => (
            <optgroup key={f} label={f}>
              {options
                .filter((o) => o.family === f)
                .map((o) => (
                  <option key={o.id} value={o.id} disabled={chosen.includes(o.id)}>
                    {o.label}
                    {o.status !== "active" ? ` · ${STATUS_LABEL[o.status]}` : ""}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <Button type="submit" size="md" variant="primary" disabled={!pick || full || disabled}>
        Add to comparison
      </Button>
    </form>
  );
}
