import { panelVariants } from "@/components/ui/panel";
import type { Workload } from "@/lib/cost/types";
import { formatTokens, formatUsd, formatUsdDelta } from "@/lib/format";
import { costChangeText } from "@/lib/migrate/cost";
import { unpricedReason, type MigrationPlan } from "@/lib/migrate/plan";

const box = panelVariants({ pad: "sm", className: "space-y-1" });

/** Monthly cost before and after for the user's workload, and the difference. */
export function CostDelta({ plan, workload }: { plan: MigrationPlan; workload: Workload }) {
  const { before, after, deltaPerMonth } = plan.cost;
  const targetId = plan.target?.id ?? null;
  const notes = [...(before.ok ? before.notes : []), ...(after?.ok ? after.notes : [])];
  return (
    <section aria-labelledby="cost-heading" className="space-y-2">
      <h3 id="cost-heading" className="font-semibold">
        Monthly cost for your workload
      </h3>
      <p className="text-sm text-fg-subtle">
        {formatTokens(workload.inputTokensPerDay)} input + {formatTokens(workload.outputTokensPerDay)} output
        {workload.reasoningTokensPerDay ? ` + ${formatTokens(workload.reasoningTokensPerDay)} reasoning` : ""} tokens a day,{" "}
        {workload.daysPerMonth} days, Standard tier.
      </p>
      <dl className="grid gap-3 sm:grid-cols-3">
        <div className={box}>
          <dt className="text-sm text-fg-subtle">
            Before: <span className="font-mono">{plan.from.id}</span>
          </dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid="cost-before">
            {before.ok ? formatUsd(before.perMonth) : "cannot price"}
          </dd>
          <dd className="text-xs text-fg-subtle">
            {before.ok ? `${formatUsd(before.perDay)} a day` : unpricedReason(plan, "before")}
            {plan.countdown.status === "shutdown" ? " · no longer callable: what it cost" : ""}
          </dd>
        </div>
        <div className={box}>
          <dt className="text-sm text-fg-subtle">
            After: {targetId ? <span className="font-mono">{targetId}</span> : "no model chosen"}
          </dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid="cost-after">
            {after?.ok ? formatUsd(after.perMonth) : "cannot price"}
          </dd>
          <dd className="text-xs text-fg-subtle">
            {after?.ok ? `${formatUsd(after.perDay)} a day` : unpricedReason(plan, "after")}
          </dd>
        </div>
        <div className={box}>
          <dt className="text-sm text-fg-subtle">Difference per month</dt>
          <dd className="text-2xl font-semibold tabular-nums" data-testid="cost-delta">
            {deltaPerMonth !== null ? formatUsdDelta(deltaPerMonth) : "–"}
          </dd>
          <dd className="text-xs text-fg-subtle">{costChangeText(plan.cost)}</dd>
        </div>
      </dl>
      {notes.length ? (
        <ul className="list-disc space-y-1 pl-5 text-xs text-fg-subtle">
          {[...new Set(notes)].map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
