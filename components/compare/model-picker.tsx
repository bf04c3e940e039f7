"use client";

import { ModelPicker } from "@/components/ui/model-picker";
import { pickerGroups } from "@/lib/compare/picker-groups";
import type { PickerOption } from "@/lib/compare/types";
import { MAX_COMPARED } from "@/lib/url/compare";

/** Adds a model to the comparison: a select of every catalog ID (grouped by family) and an Add button. */
export function CompareModelPicker({
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
  const full = chosen.length >= MAX_COMPARED;
  return (
    <ModelPicker
      mode="select"
      label="Add a model"
      addLabel="Add to comparison"
      groups={pickerGroups(options, chosen)}
      placeholder={full ? `${MAX_COMPARED} models chosen (the most)` : "Choose a model ID…"}
      disabled={full || disabled}
      onAdd={(id) => {
        if (!chosen.includes(id)) onAdd(id);
      }}
    />
  );
}
