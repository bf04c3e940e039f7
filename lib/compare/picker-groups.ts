import { STATUS_ON_LABEL } from "@/lib/catalog/lifecycle";

import type { PickerOption } from "./types";

type PickerGroup = { label: string; options: { id: string; label: string; disabled: boolean }[] };

/**
 * The "Add a model" choices: every catalog ID grouped by family in catalog order, a model that is
 * not active marked with its status, and the chosen ones disabled (they are in the table already).
 */
export function pickerGroups(options: readonly PickerOption[], chosen: readonly string[]): PickerGroup[] {
  const families = [...new Set(options.map((o) => o.family))];
  return families.map((family) => ({
    label: family,
    options: options
      .filter((o) => o.family === family)
      .map((o) => ({
        id: o.id,
        label: o.status === "active" ? o.label : `${o.label} · ${STATUS_ON_LABEL[o.status]}`,
        disabled: chosen.includes(o.id),
      })),
  }));
}
