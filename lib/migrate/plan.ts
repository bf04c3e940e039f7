/**
 * The migration planner: "I use model X" → its status and countdown, the recommended
 * replacement(s) with the date each recommendation was read, what changes, and the monthly cost
 * before and after. Pure; the page builds MigrationModels on the server and the client plans.
 *
 * A replacement that is not in the catalog (e.g. gpt-6.1-terra) is named with its date and
 * source, but never priced or described: "not in our catalog yet".
 */
import { effectiveStatus } from "@/lib/catalog/lifecycle";
import type { LifecycleStatus, Source } from "@/lib/catalog/types";
import type { Workload } from "@/lib/cost/types";

import { compareModels, type ChangeRow } from "./changes";
import { compareCost, type CostComparison } from "./cost";
import { countdown, type Countdown } from "./countdown";
import type { MigrationModel } from "./model";

export type ReplacementView = {
  id: string;
  readOn: string;
  note: string | null;
  source: Source | null;
  recommended: boolean;
  inCatalog: boolean;
  /** Today's status of the replacement itself, when it is in the catalog. */
  status: LifecycleStatus | null;
};

export type MigrationPlan = {
  from: MigrationModel;
  countdown: Countdown;
  replacements: ReplacementView[];
  target: {
    id: string;
    model: MigrationModel | null;
    countdown: Countdown | null;
    /** Set when the target is itself retiring or shut down. */
    chainNote: string | null;
  } | null;
  changes: ChangeRow[];
  cost: CostComparison;
};

/** Why one side of the plan's cost has no price, in the plan's words; null when it is priced. */
export function unpricedReason(plan: MigrationPlan, side: "before" | "after"): string | null {
  const cost = plan.cost[side];
  if (cost?.ok) return null;
  if (cost) return cost.message;
  return plan.target ? "not in our catalog yet: no sourced price" : "choose a model to compare with";
}

export function planMigration(
  fromId: string,
  toId: string | null,
  models: ReadonlyMap<string, MigrationModel>,
  workload: Workload,
  today: string,
): MigrationPlan | null {
  const from = models.get(fromId);
  if (!from) return null;
  const replacements: ReplacementView[] = from.lifecycle.replacements.map((r, i) => {
    const m = models.get(r.id);
    return {
      id: r.id,
      readOn: r.readOn,
      note: r.note ?? null,
      source: from.sources[r.source] ?? null,
      recommended: i === 0,
      inCatalog: m !== undefined,
      status: m ? effectiveStatus(m.lifecycle, today) : null,
    };
  });
  const targetId = toId && toId !== fromId ? toId : (replacements[0]?.id ?? null);
  let target: MigrationPlan["target"] = null;
  if (targetId) {
    const model = models.get(targetId) ?? null;
    const cd = model ? countdown(model.lifecycle, today) : null;
    let chainNote: string | null = null;
    if (model && cd && (cd.status === "deprecated" || cd.status === "shutdown")) {
      const next = model.lifecycle.replacements[0]?.id;
      chainNote = `${model.id} is itself ${cd.status === "shutdown" ? "shut down" : "retiring"}: ${cd.headline.toLowerCase()}. ${cd.text}${next ? ` Its recommended replacement is ${next}.` : ""}`;
    }
    target = { id: targetId, model, countdown: cd, chainNote };
  }
  const targetModel = target?.model ?? null;
  return {
    from,
    countdown: countdown(from.lifecycle, today),
    replacements,
    target,
    changes: targetModel ? compareModels(from, targetModel, today) : [],
    cost: compareCost(from, targetModel, workload),
  };
}
