/**
 * The calculator table: which models are shown, each one's cost, its cost relative to the
 * cheapest shown, what a budget buys, and the order. Pure; the component only renders it.
 */
import type { StatusOn } from "@/lib/catalog/lifecycle";
import { compareIds } from "@/lib/compare-ids";

import { budgetCapacity, type BudgetCapacity } from "./budget";
import type { CalculatorModel } from "./calculator-models";
import { Dec } from "./decimal";
import { monthlyCost, relativeTo, TIER_LABEL } from "./price";
import type { CostResult, ServiceTier, Workload } from "./types";

export const SORT_COLUMNS = ["model", "day", "month", "year", "relative", "budget"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type CalcSort = { column: SortColumn; desc: boolean };
export const DEFAULT_SORT: CalcSort = { column: "month", desc: false };

export type CalcRow = {
  model: CalculatorModel;
  result: CostResult;
  /** Monthly cost ÷ the cheapest shown model's, e.g. "1.5"; null when not comparable. */
  relative: string | null;
  cheapest: boolean;
  budget: BudgetCapacity | null;
  /** The same workload at Standard prices, when another tier is chosen and Standard is priced. */
  standardPerMonth: string | null;
};

type Visibility = { includeRetired: boolean; includeSnapshots: boolean; focus: readonly string[] };

/** Models passing the retired/snapshot switches, narrowed to the focus when one is set. */
export function visibleModels(models: readonly CalculatorModel[], v: Visibility) {
  const eligible = models.filter((m) => (v.includeRetired || !m.retired) && (v.includeSnapshots || m.kind !== "snapshot"));
  const eligibleIds = new Set(eligible.map((m) => m.id));
  const focus = v.focus.filter((id) => eligibleIds.has(id));
  return {
    eligible,
    visible: focus.length ? eligible.filter((m) => focus.includes(m.id)) : eligible,
    /** Focused IDs hidden by the switches (e.g. a shut-down model while retired ones are off). */
    hiddenFocus: v.focus.filter((id) => !eligibleIds.has(id)),
  };
}

type RowOptions = {
  tier: ServiceTier;
  budget: string | null;
  requestsPerDay: number | null;
  sort: CalcSort;
};

export function calculatorRows(models: readonly CalculatorModel[], workload: Workload, o: RowOptions): CalcRow[] {
  const priced = models.map((model) => ({ model, result: monthlyCost(model, workload, o.tier) }));
  let cheapest: string | null = null;
  for (const { result } of priced) {
    if (result.ok && (cheapest === null || new Dec(result.perMonth).lt(cheapest))) cheapest = result.perMonth;
  }
  const rows = priced.map(({ model, result }): CalcRow => {
    const standard = o.tier !== "standard" && result.ok ? monthlyCost(model, workload, "standard") : null;
    return {
      model,
      result,
      relative: result.ok && cheapest !== null ? relativeTo(cheapest, result.perMonth) : null,
      cheapest: result.ok && cheapest !== null && new Dec(result.perMonth).eq(cheapest),
      budget: o.budget === null ? null : budgetCapacity(result, o.budget, workload, o.requestsPerDay),
      standardPerMonth: standard?.ok ? standard.perMonth : null,
    };
  });
  return sortRows(rows, o.sort);
}

const byId = (a: CalcRow, b: CalcRow) => compareIds(a.model.id, b.model.id);

function sortKey(row: CalcRow, column: SortColumn): Dec | null {
  const r = row.result;
  if (!r.ok) return null;
  switch (column) {
    case "day":
      return new Dec(r.perDay);
    case "month":
      return new Dec(r.perMonth);
    case "year":
      return new Dec(r.perYear);
    case "relative":
      return row.relative === null ? null : new Dec(row.relative);
    case "budget":
      return row.budget?.ok ? new Dec(row.budget.tokensPerMonth) : null;
    default:
      return null;
  }
}

/** Rows that cannot be priced always sort last; ties fall back to the model ID. */
export function sortRows(rows: CalcRow[], sort: CalcSort): CalcRow[] {
  const dir = sort.desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (sort.column === "model") return dir * byId(a, b);
    const ka = sortKey(a, sort.column);
    const kb = sortKey(b, sort.column);
    if (ka === null || kb === null) return ka === kb ? byId(a, b) : ka === null ? 1 : -1;
    return dir * ka.comparedTo(kb) || byId(a, b);
  });
}

/** Whether any shown model bills reasoning tokens (the reasoning slider is useless otherwise). */
export function anyReasoning(models: readonly CalculatorModel[]): boolean {
  return models.some((m) => m.reasoning);
}

/**
 * What a row says instead of a price: "No flex tier", "Batch price not published", a limit; a
 * model priced as of a day before its release had no price yet.
 */
export function unpricedText(result: CostResult, tier: ServiceTier, status?: StatusOn): string | null {
  if (result.ok) return null;
  if (status === "unreleased") return "Not released yet on this day: no price";
  const name = TIER_LABEL[tier];
  switch (result.reason) {
    case "no-tier":
      return tier === "fast" ? "No fast mode (priority) tier" : `No ${name.toLowerCase()} tier`;
    case "no-price":
      return `${name} price not published`;
    default:
      return result.message;
  }
}

/** The rows of the focused models, in the order they were focused (the summary bar's totals). */
export function focusedRows(rows: readonly CalcRow[], focus: readonly string[]): CalcRow[] {
  const byId = new Map(rows.map((r) => [r.model.id, r]));
  return focus.flatMap((id) => byId.get(id) ?? []);
}
