/**
 * What a migration-planner link says about itself: from which model to which, the countdown,
 * and the monthly cost before and after. Pure: the caller plans the migration.
 */
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { DAYS_PER_MONTH } from "@/lib/cost/article-workload";
import { formatDate, formatPrice, formatTokens, formatUsd } from "@/lib/format";
import type { MigrationPlan } from "@/lib/migrate/plan";

import type { ShareCard, ShareCardColumn } from "./card";

const perMonth = (r: MigrationPlan["cost"]["before"] | null) => (r && r.ok ? formatUsd(r.perMonth) : "not published");

export function migrateShareText(plan: MigrationPlan | null): { title: string; description: string } {
  if (!plan) {
    return {
      title: "Migration planner",
      description:
        "Pick the model you use today and see its shutdown date, the recommended replacement, what changes and what it will cost.",
    };
  }
  const to = plan.target?.id;
  const cost = plan.target?.model ? ` Per month: ${perMonth(plan.cost.before)} → ${perMonth(plan.cost.after)}.` : "";
  return {
    title: to ? `Migrate from ${plan.from.id} to ${to}` : `Migrating from ${plan.from.id}`,
    description: `${plan.from.id}: ${plan.countdown.headline.toLowerCase()}. ${plan.countdown.text}${to ? ` Replacement: ${to}.` : ""}${cost}`,
  };
}

const tone = (s: string): ShareCardColumn["badgeTone"] =>
  s === "active" ? "good" : s === "shutdown" ? "bad" : s === "deprecated" ? "warn" : "neutral";

export function migrateShareCard(
  plan: MigrationPlan | null,
  workload: { inputTokensPerDay: number; outputTokensPerDay: number },
  verifiedOn: string,
): ShareCard {
  const text = migrateShareText(plan);
  const footer = `Data verified on ${formatDate(verifiedOn)} · Standard tier, ${DAYS_PER_MONTH}-day month`;
  if (!plan) return { eyebrow: "Migrate", title: text.title, subtitle: text.description, footer };
  const to = plan.target?.model ?? null;
  const std = (m: MigrationPlan["from"] | null, k: "input" | "output") =>
    m ? formatPrice(m.priced.tiers.standard?.[k]) : "not in our catalog";
  return {
    eyebrow: "Migrate",
    title: text.title,
    subtitle: `${plan.countdown.headline} · ${formatTokens(workload.inputTokensPerDay)} input + ${formatTokens(workload.outputTokensPerDay)} output tokens a day`,
    table: {
      columns: [
        { heading: plan.from.id, badge: STATUS_LABEL[plan.countdown.status], badgeTone: tone(plan.countdown.status) },
        ...(plan.target
          ? [
              {
                heading: plan.target.id,
                ...(plan.target.countdown
                  ? { badge: STATUS_LABEL[plan.target.countdown.status], badgeTone: tone(plan.target.countdown.status) }
                  : { badge: "not in our catalog" }),
              },
            ]
          : []),
      ],
      rows: [
        { label: "Input $/1M", values: [std(plan.from, "input"), ...(plan.target ? [std(to, "input")] : [])] },
        { label: "Output $/1M", values: [std(plan.from, "output"), ...(plan.target ? [std(to, "output")] : [])] },
        { label: "Per month", values: [perMonth(plan.cost.before), ...(plan.target ? [perMonth(plan.cost.after)] : [])] },
      ],
    },
    footer,
  };
}
