/**
 * Where to go from a retiring model, and which destination the planner recommends first.
 *
 * - Every replacement our sources name, once per model ID (several sources may name the same
 *   one: OpenAI's own guidance and a third-party copy of its deprecations page), each with the
 *   readings that name it, whether any of them is OpenAI's own (`source.official`), its status,
 *   its monthly cost on the planner's workload and what it lacks of the old model's capabilities.
 * - The cheapest callable small model that meets the old model's capabilities (capabilities.ts).
 * - The pick, under the headline rule (lib/catalog/headline.ts): the first named replacement that
 *   is in the catalog and stays callable past the warning horizon; failing that (not in the
 *   catalog yet, retiring soon, shut down), the cheapest model that meets the capabilities. A
 *   cheaper model that meets them but shuts down sooner is named second, with its date.
 */
import Decimal from "decimal.js";

import { headlinePick, standing, type Standing } from "@/lib/catalog/headline";
import { daysUntilShutdown, effectiveStatus } from "@/lib/catalog/lifecycle";
import type { LifecycleStatus, Source } from "@/lib/catalog/types";
import type { Workload } from "@/lib/cost/types";

import { requirementsOf, unmetRequirements, type Needs, type Requirement } from "./capabilities";
import { compareCost, type CostComparison } from "./cost";
import type { MigrationModel } from "./model";

export type Reading = {
  /** The day this source was read naming the replacement. */
  readOn: string;
  source: Source | null;
  /** The source is one of OpenAI's own pages (its help center, docs or site). */
  official: boolean;
  note: string | null;
};

export type Destination = {
  id: string;
  /** null: not in our catalog (no sourced price or capabilities). */
  model: MigrationModel | null;
  /** The readings that name it as a replacement, in the data's order; empty when no source does. */
  readings: Reading[];
  /** At least one reading is OpenAI's own guidance. */
  official: boolean;
  status: LifecycleStatus | null;
  standing: Standing | null;
  shutdownDate: string | null;
  /** Days until its shutdown (negative once past); null when none is announced or unknown. */
  daysLeft: number | null;
  /** The old model's monthly cost against this one's; null when it is not in the catalog. */
  cost: CostComparison | null;
  /** What it lacks of the old model's capabilities; null when it is not in the catalog. */
  unmet: Requirement[] | null;
};

export type Recommendation = {
  /** What "meets the old model's capabilities" required here. */
  requirements: Requirement[];
  /** Every replacement our sources name, once per ID, in order of first mention. */
  named: Destination[];
  /** The cheapest small model that meets the requirements and stays callable past the horizon. */
  cheapestFit: Destination | null;
  /** A cheaper model that meets the requirements but shuts down within the horizon. */
  soonerFit: { destination: Destination; shutdownDate: string; daysLeft: number } | null;
  /** What the planner recommends first; null when nothing qualifies. */
  pick: Destination | null;
  /** "named": a replacement our sources name; "cheapest-fit": none of them can headline. */
  reason: "named" | "cheapest-fit" | null;
};

/** A model needs a plan when it is retiring, gone, of unknown status, or a source names a successor. */
export function needsMigration(from: MigrationModel, today: string): boolean {
  return from.lifecycle.replacements.length > 0 || standing(from.lifecycle, today) !== "lasting";
}

function destination(
  id: string,
  from: MigrationModel,
  models: ReadonlyMap<string, MigrationModel>,
  readings: Reading[],
  workload: Workload,
  needs: Needs,
  today: string,
): Destination {
  const model = models.get(id) ?? null;
  const lc = model?.lifecycle ?? null;
  return {
    id,
    model,
    readings,
    official: readings.some((r) => r.official),
    status: lc ? effectiveStatus(lc, today) : null,
    standing: lc ? standing(lc, today) : null,
    shutdownDate: lc?.shutdownDate ?? null,
    daysLeft: lc ? daysUntilShutdown(lc, today) : null,
    cost: model ? compareCost(from, model, workload) : null,
    unmet: model ? unmetRequirements(from, model, needs) : null,
  };
}

/** The replacements our sources name, merged by ID, each with its readings. */
function namedReadings(from: MigrationModel): Map<string, Reading[]> {
  const byId = new Map<string, Reading[]>();
  for (const r of from.lifecycle.replacements) {
    const source = from.sources[r.source] ?? null;
    const reading = { readOn: r.readOn, source, official: source?.official === true, note: r.note ?? null };
    byId.set(r.id, [...(byId.get(r.id) ?? []), reading]);
  }
  return byId;
}

const monthly = (d: Destination) => (d.cost?.after?.ok ? new Decimal(d.cost.after.perMonth) : null);
const cheaper = (a: Destination, b: Destination) =>
  monthly(a)!.comparedTo(monthly(b)!) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function recommendMigration(
  from: MigrationModel,
  models: ReadonlyMap<string, MigrationModel>,
  workload: Workload,
  needs: Needs,
  today: string,
): Recommendation {
  const make = (id: string, readings: Reading[] = []) => destination(id, from, models, readings, workload, needs, today);
  const named = [...namedReadings(from)].map(([id, readings]) => make(id, readings));
  const requirements = requirementsOf(from, needs);
  if (!needsMigration(from, today)) return { requirements, named, cheapestFit: null, soonerFit: null, pick: null, reason: null };

  // Callable small aliases (a snapshot prices and behaves like its alias) other than the old model itself.
  const namedById = new Map(named.map((d) => [d.id, d]));
  const fits = [...models.values()]
    .filter((m) => m.kind !== "snapshot" && m.size === "small" && m.id !== from.id && m.id !== from.aliasId)
    .map((m) => namedById.get(m.id) ?? make(m.id))
    .filter((d) => d.standing !== "gone" && d.unmet?.length === 0 && monthly(d) !== null);
  const { pick: cheapestFit, sooner } = headlinePick(fits, { lifecycle: (d) => d.model!.lifecycle, better: cheaper, today });
  const soonerFit = sooner ? { destination: sooner.item, shutdownDate: sooner.shutdownDate, daysLeft: sooner.daysLeft } : null;

  const namedPick = named.find((d) => d.standing === "lasting") ?? null;
  const pick = namedPick ?? cheapestFit;
  return { requirements, named, cheapestFit, soonerFit, pick, reason: namedPick ? "named" : pick ? "cheapest-fit" : null };
}
