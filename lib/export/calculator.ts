/**
 * The calculator's export: the rows exactly as the results table shows them (same models,
 * same order), money as exact decimal strings, units in the headers.
 */
import type { ServiceTier } from "@/lib/catalog/types";
import { unpricedText, type CalcRow } from "@/lib/cost/calculator-rows";
import { TIER_LABEL } from "@/lib/cost/tiers";

import type { ExportColumn, ExportTable } from "./table";

export function calculatorExportTable(rows: readonly CalcRow[], tier: ServiceTier, withBudget: boolean): ExportTable {
  const columns: ExportColumn[] = [
    { key: "model", label: "Model ID" },
    { key: "status", label: "Lifecycle" },
    { key: "tier", label: "Service tier" },
    { key: "perDay", label: "Cost per day", unit: "USD" },
    { key: "perMonth", label: "Cost per month", unit: "USD" },
    { key: "perYear", label: "Cost per year", unit: "USD, 12 months" },
    { key: "relative", label: "Relative to cheapest", unit: "×" },
    { key: "note", label: "Why not priced" },
  ];
  if (withBudget) {
    columns.push(
      { key: "budgetTimes", label: "Budget buys this workload", unit: "× per month" },
      { key: "budgetTokens", label: "Budget buys tokens", unit: "tokens per month" },
      { key: "budgetRequests", label: "Budget buys requests", unit: "requests per month" },
    );
  }
  return {
    columns,
    rows: rows.map((r) => {
      const ok = r.result.ok ? r.result : null;
      const budget = r.budget?.ok ? r.budget : null;
      return {
        model: r.model.id,
        status: r.model.status,
        tier: TIER_LABEL[tier],
        perDay: ok?.perDay ?? null,
        perMonth: ok?.perMonth ?? null,
        perYear: ok?.perYear ?? null,
        relative: r.relative,
        note: unpricedText(r.result, tier, r.model.status),
        ...(withBudget
          ? {
              budgetTimes: budget?.times ?? null,
              budgetTokens: budget?.tokensPerMonth ?? null,
              budgetRequests: budget?.requestsPerMonth ?? null,
            }
          : {}),
      };
    }),
  };
}
