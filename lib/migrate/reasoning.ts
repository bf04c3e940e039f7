/**
 * The reasoning setting a migration's cost assumes. A reasoning model bills its reasoning tokens
 * as output, so the planner's figure for it holds only at the effort it assumes: with no
 * reasoning tokens stated, effort "none" (which the request must set, since the model's default
 * is usually higher). The cost at the default effort depends on how many reasoning tokens the
 * model spends on the user's prompts: the planner prices the volume the user states and never
 * guesses a ratio.
 */
import type { ReasoningEffort } from "@/lib/catalog/types";
import { monthlyCost } from "@/lib/cost/price";
import type { Workload } from "@/lib/cost/types";
import { formatTokens, formatUsd } from "@/lib/format";

import type { MigrationModel } from "./model";

/** Efforts from least to most reasoning (the schema's enum, in that order). */
const EFFORT_ORDER: readonly ReasoningEffort[] = ["none", "minimal", "low", "medium", "high", "xhigh", "max"];

/**
 * The effort a migration request should set on `model`: "none" where it accepts it, else the
 * lowest effort it lists; null for a model that does not reason or whose efforts are not recorded.
 */
export function cheapestEffort(model: MigrationModel): ReasoningEffort | null {
  if (model.reasoning.supported !== true) return null;
  return EFFORT_ORDER.find((e) => model.reasoning.efforts.includes(e)) ?? null;
}

export type ReasoningFigure = {
  /** After the model ID: 'reasoning effort "none"', 'its default effort ("medium")'. */
  label: string;
  /** "$10.50 a month"; null when it cannot be priced without a reasoning-token volume. */
  value: string | null;
  note: string;
};

export type ReasoningView = {
  targetId: string;
  /** The effort the planner's request code sets (see cheapestEffort). */
  effort: ReasoningEffort | null;
  /** What the cost above assumes, in one sentence. */
  assumption: string;
  figures: ReasoningFigure[];
};

/** Where a test run reports the reasoning tokens a request spent (Responses API). */
const USAGE_FIELD = "usage.output_tokens_details.reasoning_tokens";

/** The reasoning setting behind the plan's cost on `target`; null when the target does not reason. */
export function reasoningView(from: MigrationModel, target: MigrationModel, workload: Workload): ReasoningView | null {
  if (target.reasoning.supported !== true) return null;
  const id = target.id;
  const effort = cheapestEffort(target);
  const stated = workload.reasoningTokensPerDay;
  const usd = (w: Workload, m: MigrationModel) => {
    const c = monthlyCost(m.priced, w, "standard");
    return c.ok ? formatUsd(c.perMonth) : null;
  };
  const month = (amount: string | null) => (amount ? `${amount} a month` : null);
  const atNone = month(usd({ ...workload, reasoningTokensPerDay: 0 }, target));
  const atStated = stated > 0 ? month(usd(workload, target)) : null;
  const today = usd(workload, from);
  const def = target.reasoning.defaultEffort;

  let assumption: string;
  if (stated > 0) assumption = `The cost above counts your ${formatTokens(stated)} reasoning tokens a day, billed as output.`;
  else if (effort === "none") assumption = "The cost above assumes reasoning effort: none (set it in your request).";
  else if (effort)
    assumption = `The cost above counts no reasoning tokens, but ${id} cannot turn reasoning off (its lowest effort is "${effort}"): enter your reasoning tokens per day to price it.`;
  else
    assumption = `The cost above counts no reasoning tokens; the reasoning efforts ${id} accepts are not recorded in our catalog.`;

  const figures: ReasoningFigure[] = [];
  if (effort === "none")
    figures.push({
      label: 'reasoning effort "none"',
      value: atNone,
      note: "No reasoning tokens. Set it in your request: the code below does.",
    });
  if (def && def !== "none") {
    const against = today ? `, against ${from.id}'s ${today} today` : "";
    figures.push(
      atStated
        ? {
            label: `its default effort ("${def}")`,
            value: atStated,
            note: `If it spends your stated ${formatTokens(stated)} reasoning tokens a day (billed as output)${against}.`,
          }
        : {
            label: `its default effort ("${def}")`,
            value: null,
            note: `Depends on how many reasoning tokens ${id} spends on your prompts, which the planner does not guess. Enter your reasoning tokens per day above to price it: a test run reports them in ${USAGE_FIELD}.`,
          },
    );
  }
  return { targetId: id, effort, assumption, figures };
}
