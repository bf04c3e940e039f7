/**
 * "The same usage on every other model" as a file: the rows the table shows (one tier, in its
 * order), each with the period total, the 30-day total, today's bill for the same tokens and
 * the difference, whether the figure is complete, and the reasoning assumption behind it.
 * Money stays an exact decimal string.
 */
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { TIER_LABEL } from "@/lib/cost/tiers";
import type { PeriodInfo } from "@/lib/usage/period";
import type { RepriceRow } from "@/lib/usage/reprice";

import type { ExportTable } from "./table";

type PricedRow = Extract<RepriceRow, { ok: true }>;

const tierName = (t: RepriceRow["tier"]) => (t === "as-run" ? "as run (each record on its own tier)" : TIER_LABEL[t]);

export function usageRepriceExportTable(rows: readonly PricedRow[], period: PeriodInfo | null): ExportTable {
  const days = period ? `${period.days} days` : "the file's period";
  return {
    columns: [
      { key: "model", label: "Model ID" },
      { key: "name", label: "Model" },
      { key: "tier", label: "Tier" },
      { key: "status", label: "Status" },
      { key: "shutdown", label: "Shuts down", unit: "YYYY-MM-DD" },
      { key: "period", label: "Cost over the file's period", unit: `USD, ${days}` },
      { key: "monthly", label: "Cost per 30 days", unit: "USD" },
      { key: "current", label: "Today's bill for the same tokens, per 30 days", unit: "USD" },
      { key: "difference", label: "Difference per 30 days", unit: "USD" },
      { key: "percent", label: "Change", unit: "%" },
      { key: "complete", label: "Every token priced" },
      { key: "lowerBound", label: "Lower bound (long-context surcharge possible)" },
      { key: "assumption", label: "Reasoning assumption" },
      { key: "notes", label: "Notes" },
    ],
    rows: rows.map((r) => ({
      model: r.targetId,
      name: r.displayName,
      tier: tierName(r.tier),
      status: STATUS_LABEL[r.lifecycle.status],
      shutdown: r.lifecycle.shutdownDate ?? "",
      period: r.period,
      monthly: r.monthly,
      current: r.comparison.current,
      difference: r.comparison.difference,
      percent: r.comparison.percent,
      complete: r.complete,
      lowerBound: r.lowerBound,
      assumption: r.assumption,
      notes: [...r.notes, ...r.comparison.leftOut.map((l) => `left out of the comparison: ${l}`)].join(" "),
    })),
  };
}

/** What the export is, for its JSON: "Your usage on every model, tiers as run". */
export function usageExportTitle(tier: RepriceRow["tier"]): string {
  return `Your usage on every model, ${tier === "as-run" ? "tiers as run" : `${TIER_LABEL[tier]} tier`}`;
}
