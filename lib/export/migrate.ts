/**
 * The migration plan's export: what the planner shows, top to bottom, as one table. Each row
 * is a figure of the plan with its unit, its value before (the model in use) and after (the
 * model compared with), and what changes: the countdown, the named replacements with the day
 * each was read, the workload and its monthly cost (with the difference), then every field of
 * the side-by-side. A cell that does not apply is empty; null is a figure not published.
 */
import { soonerNote } from "@/lib/catalog/headline";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import type { Workload } from "@/lib/cost/types";
import { formatUsd } from "@/lib/format";
import { requirementsText } from "@/lib/migrate/capabilities";
import { changeText } from "@/lib/migrate/changes";
import { costChangeText } from "@/lib/migrate/cost";
import { unpricedReason, type MigrationPlan, type ReplacementView } from "@/lib/migrate/plan";
import type { Destination } from "@/lib/migrate/recommendation";

import type { ExportTable, ExportValue } from "./table";

export const MIGRATE_SECTION = {
  lifecycle: "Lifecycle",
  replacements: "Named replacements",
  workload: "Your workload",
  cost: "Monthly cost",
  changes: "What changes",
} as const;

type Row = {
  section: string;
  field: string;
  unit: string;
  before: ExportValue;
  after: ExportValue;
  /** Only the cost rows have one; "" where it cannot be computed (the change says why). */
  difference?: string;
  change?: string;
  note?: string;
};

function replacementNote(r: ReplacementView): string {
  return [
    `read on ${r.readOn}${r.official ? " (OpenAI's own guidance)" : ""}`,
    r.inCatalog && r.status ? STATUS_LABEL[r.status] : "not in our catalog yet",
    ...(r.source ? [`source: ${r.source.title} (${r.source.url})`] : []),
    ...(r.note ? [r.note] : []),
  ].join("; ");
}

/** The planner's own picks beside the named replacements: the cheapest fit it recommends instead, a cheaper one retiring sooner. */
function recommendationRows(plan: MigrationPlan): Row[] {
  const { pick, reason, soonerFit, requirements } = plan.recommendation;
  const month = (d: Destination) => (d.cost?.after?.ok ? `${formatUsd(d.cost.after.perMonth)} a month` : "not priced");
  const rows: Row[] = [];
  if (pick && reason === "cheapest-fit") {
    const required = requirements.length ? `: ${requirementsText(requirements)}` : "";
    rows.push({
      section: MIGRATE_SECTION.replacements,
      field: "Recommended instead",
      unit: "",
      before: "",
      after: pick.id,
      note: `the cheapest callable model that meets ${plan.from.id}'s capabilities${required}; ${month(pick)}`,
    });
  }
  if (soonerFit) {
    const d = soonerFit.destination;
    rows.push({
      section: MIGRATE_SECTION.replacements,
      field: "Cheaper, but shuts down sooner",
      unit: "",
      before: "",
      after: d.id,
      note: soonerNote(d.id, month(d), soonerFit),
    });
  }
  return rows;
}

export function migrateExportTable(plan: MigrationPlan, workload: Workload): ExportTable {
  const S = MIGRATE_SECTION;
  const { cost } = plan;
  const target = plan.target;
  const targetCountdown = target?.countdown ?? null;
  const both = (v: ExportValue) => ({ before: v, after: target ? v : "" });
  // The caveats under the cost boxes (long-context surcharge assumed, …), once each.
  const costNotes = new Set([...(cost.before.ok ? cost.before.notes : []), ...(cost.after?.ok ? cost.after.notes : [])]);
  const rows: Row[] = [
    {
      section: S.lifecycle,
      field: "Status",
      unit: "",
      before: STATUS_LABEL[plan.countdown.status],
      after: targetCountdown ? STATUS_LABEL[targetCountdown.status] : "",
      note: [plan.countdown.text, target?.chainNote].filter(Boolean).join(" "),
    },
    {
      section: S.lifecycle,
      field: "Countdown",
      unit: "",
      before: plan.countdown.headline,
      after: targetCountdown?.headline ?? "",
    },
    ...plan.replacements.map((r) => ({
      section: S.replacements,
      field: r.recommended ? "Recommended replacement" : "Named replacement",
      unit: "",
      before: "",
      after: r.id,
      note: replacementNote(r),
    })),
    ...recommendationRows(plan),
    { section: S.workload, field: "Input tokens per day", unit: "tokens", ...both(workload.inputTokensPerDay) },
    { section: S.workload, field: "Output tokens per day", unit: "tokens", ...both(workload.outputTokensPerDay) },
    { section: S.workload, field: "Reasoning tokens per day", unit: "tokens", ...both(workload.reasoningTokensPerDay) },
    { section: S.workload, field: "Typical input per request", unit: "tokens", ...both(workload.inputTokensPerRequest ?? "") },
    {
      section: S.cost,
      field: "Cost per month, Standard tier",
      unit: `USD, ${workload.daysPerMonth} days`,
      before: cost.before.ok ? cost.before.perMonth : null,
      after: cost.after?.ok ? cost.after.perMonth : target ? null : "",
      difference: cost.deltaPerMonth ?? "",
      change: costChangeText(cost),
      note: [unpricedReason(plan, "before"), unpricedReason(plan, "after"), ...costNotes].filter(Boolean).join("; "),
    },
    {
      section: S.cost,
      field: "Cost per day, Standard tier",
      unit: "USD",
      before: cost.before.ok ? cost.before.perDay : null,
      after: cost.after?.ok ? cost.after.perDay : target ? null : "",
    },
    { section: S.cost, field: "Change in monthly cost", unit: "%", before: "", after: "", difference: cost.deltaPercent ?? "" },
    ...plan.changes.map((r) => ({
      section: S.changes,
      field: r.label,
      unit: r.raw.unit ?? "",
      before: r.raw.before,
      after: r.raw.after,
      change: changeText(r),
    })),
  ];
  return {
    columns: [
      { key: "section", label: "Section" },
      { key: "field", label: "Field" },
      { key: "unit", label: "Unit" },
      { key: "before", label: `Before: ${plan.from.id}` },
      { key: "after", label: target ? `After: ${target.id}` : "After: no model chosen" },
      { key: "difference", label: "Difference (after − before)" },
      { key: "change", label: "Change" },
      { key: "note", label: "Note" },
    ],
    rows: rows.map((r) => ({ ...r, difference: r.difference ?? "", change: r.change ?? "", note: r.note ?? "" })),
  };
}

/** What the export is, for its JSON: "Migration plan: gpt-4o-mini to gpt-6-luna". */
export function migrateExportTitle(plan: MigrationPlan): string {
  return `Migration plan: ${plan.from.id}${plan.target ? ` to ${plan.target.id}` : ""}`;
}
