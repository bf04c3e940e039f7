/** The monthly cost before and after a migration, exact (decimal.js), and the difference in words. */
import Decimal from "decimal.js";

import { monthlyCost } from "@/lib/cost/price";
import type { CostResult, Workload } from "@/lib/cost/types";

import type { MigrationModel } from "./model";

export type CostComparison = {
  before: CostResult;
  after: CostResult | null;
  /** after − before, USD per month (exact decimal string); null when either side is unpriced. */
  deltaPerMonth: string | null;
  /** Percent change vs before, one decimal; null when not computable. */
  deltaPercent: string | null;
};

export function compareCost(from: MigrationModel, to: MigrationModel | null, workload: Workload): CostComparison {
  const before = monthlyCost(from.priced, workload, "standard");
  const after = to ? monthlyCost(to.priced, workload, "standard") : null;
  if (!before.ok || !after || !after.ok) return { before, after, deltaPerMonth: null, deltaPercent: null };
  const b = new Decimal(before.perMonth);
  const delta = new Decimal(after.perMonth).sub(b);
  return {
    before,
    after,
    deltaPerMonth: delta.toFixed(),
    deltaPercent: b.isZero() ? null : delta.div(b).mul(100).toDecimalPlaces(1).toFixed(),
  };
}

/** The difference in words, as the plan shows it: "saves 22.2%", "costs 5% more", "same cost". */
export function costChangeText(c: CostComparison): string {
  if (c.deltaPerMonth === null) return "needs a price on both sides";
  if (new Decimal(c.deltaPerMonth).isZero()) return "same cost";
  const percent = c.deltaPercent === null ? "" : ` ${c.deltaPercent.replace("-", "")}%`;
  return c.deltaPerMonth.startsWith("-") ? `saves${percent}` : `costs${percent} more`;
}
