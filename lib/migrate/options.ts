/**
 * What the migration planner offers to choose from: the "I use model" and "Compare with" option
 * lists, and which targets a link may name. Free of decimal.js (unlike cost.ts, which prices
 * the plan), so the planner's form can load before the plan's code does.
 */
import { effectiveStatus, STATUS_LABEL } from "@/lib/catalog/lifecycle";
import type { LifecycleStatus } from "@/lib/catalog/types";

import type { MigrationModel } from "./model";

/** The IDs the planner accepts as a target for `from`: its named replacements and every catalog ID. */
export function allowedTargets(from: MigrationModel | undefined, catalogIds: ReadonlySet<string>): Set<string> {
  return new Set([...catalogIds, ...(from?.lifecycle.replacements.map((r) => r.id) ?? [])]);
}

export type OptionGroup = { label: string; options: { id: string; label: string }[] };

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** "I use model X": every catalog ID (aliases and snapshots), grouped by today's status. */
export function fromOptions(models: readonly MigrationModel[], today: string): OptionGroup[] {
  const groups: { status: LifecycleStatus; label: string }[] = [
    { status: "shutdown", label: "Shut down" },
    { status: "deprecated", label: "Deprecated (retiring)" },
    { status: "active", label: "Active" },
    { status: "unknown", label: "Status unknown" },
  ];
  return groups
    .map((g) => ({
      label: g.label,
      options: models
        .filter((m) => effectiveStatus(m.lifecycle, today) === g.status)
        .sort(byId)
        .map((m) => ({ id: m.id, label: m.kind === "snapshot" ? `${m.id} (snapshot of ${m.aliasId})` : m.id })),
    }))
    .filter((g) => g.options.length);
}

/**
 * "Compare with": the named replacements first (once per ID, marked where OpenAI's own guidance
 * names them), then every other callable small alias or model; the planner's pick says so.
 */
export function targetOptions(
  from: MigrationModel,
  models: readonly MigrationModel[],
  today: string,
  pickId: string | null = null,
): OptionGroup[] {
  const known = new Set(models.map((m) => m.id));
  const namedIds = [...new Set(from.lifecycle.replacements.map((r) => r.id))];
  const official = (id: string) => from.lifecycle.replacements.some((r) => r.id === id && from.sources[r.source]?.official);
  const named = namedIds.map((id) => {
    const tags = [...(id === pickId ? ["recommended"] : []), ...(official(id) ? ["OpenAI's guidance"] : [])];
    return {
      id,
      label: `${id}${tags.length ? ` (${tags.join(", ")})` : ""}${known.has(id) ? "" : " – not in our catalog yet"}`,
    };
  });
  const others = models
    .filter(
      (m) =>
        m.id !== from.id &&
        !namedIds.includes(m.id) &&
        m.kind !== "snapshot" &&
        m.size === "small" &&
        ["active", "deprecated"].includes(effectiveStatus(m.lifecycle, today)),
    )
    .sort(byId)
    .map((m) => {
      const status = STATUS_LABEL[effectiveStatus(m.lifecycle, today)].toLowerCase();
      return { id: m.id, label: `${m.id} (${status}${m.id === pickId ? ", recommended" : ""})` };
    });
  return [
    ...(named.length ? [{ label: "Named replacements", options: named }] : []),
    ...(others.length ? [{ label: "Other callable small models", options: others }] : []),
  ];
}
