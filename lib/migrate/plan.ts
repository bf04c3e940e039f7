/**
 * The migration planner: "I use model X" → its status and countdown, the replacements our
 * sources name with the date each was read, where to go (recommendation.ts), what changes, and
 * the monthly cost before and after. Pure; the page builds MigrationModels on the server and the
 * client plans.
 *
 * A replacement that is not in the catalog (e.g. gpt-6.1-terra) is named with its date and
 * source, but never priced or described: "not in our catalog yet". The plan then compares with
 * the recommended pick (the cheapest model that meets the old one's capabilities) instead.
 */
import { effectiveStatus } from "@/lib/catalog/lifecycle";
import type { LifecycleStatus, Source } from "@/lib/catalog/types";
import type { Workload } from "@/lib/cost/types";

import type { Needs } from "./capabilities";
import { compareModels, type ChangeRow } from "./changes";
import { compareCost, type CostComparison } from "./cost";
import { countdown, type Countdown } from "./countdown";
import type { MigrationModel } from "./model";
import { recommendMigration, type Recommendation } from "./recommendation";

export type ReplacementView = {
  id: string;
  readOn: string;
  note: string | null;
  source: Source | null;
  /** The source is one of OpenAI's own pages. */
  official: boolean;
  /** The first reading of the model the planner recommends first. */
  recommended: boolean;
  inCatalog: boolean;
  /** Today's status of the replacement itself, when it is in the catalog. */
  status: LifecycleStatus | null;
};

export type MigrationPlan = {
  from: MigrationModel;
  countdown: Countdown;
  replacements: ReplacementView[];
  recommendation: Recommendation;
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

/** The capabilities check's defaults: the user has not said they use fine-tuning. */
export const NO_SPECIAL_NEEDS: Needs = { fineTuning: false };

export function planMigration(
  fromId: string,
  toId: string | null,
  models: ReadonlyMap<string, MigrationModel>,
  workload: Workload,
  today: string,
  needs: Needs = NO_SPECIAL_NEEDS,
): MigrationPlan | null {
  const from = models.get(fromId);
  if (!from) return null;
  const recommendation = recommendMigration(from, models, workload, needs, today);
  const pickId = recommendation.pick?.id ?? null;
  const replacements: ReplacementView[] = from.lifecycle.replacements.map((r, i, all) => {
    const m = models.get(r.id);
    const source = from.sources[r.source] ?? null;
    return {
      id: r.id,
      readOn: r.readOn,
      note: r.note ?? null,
      source,
      official: source?.official === true,
      recommended: r.id === pickId && all.findIndex((x) => x.id === r.id) === i,
      inCatalog: m !== undefined,
      status: m ? effectiveStatus(m.lifecycle, today) : null,
    };
  });
  const targetId = toId && toId !== fromId ? toId : (pickId ?? replacements[0]?.id ?? null);
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
    recommendation,
    target,
    changes: targetModel ? compareModels(from, targetModel, today) : [],
    cost: compareCost(from, targetModel, workload),
  };
}
