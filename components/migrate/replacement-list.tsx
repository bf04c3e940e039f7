import Link from "next/link";
import { SourceLink } from "@/components/model/source-link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { formatDate } from "@/lib/format";
import type { MigrationPlan } from "@/lib/migrate/plan";

/** The replacements our sources name, each with the day the recommendation was read. */
export function ReplacementList({ plan, onCompare }: { plan: MigrationPlan; onCompare: (id: string) => void }) {
  if (!plan.replacements.length) {
    return plan.countdown.status === "active" ? null : (
      <p className="text-sm">No replacement is named in our sources for {plan.from.id}.</p>
    );
  }
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">
        Recommended replacement{plan.replacements.length > 1 ? "s (the sources changed over time or disagree)" : ""}
      </h3>
      <ul className="space-y-2">
        {plan.replacements.map((r) => (
          <li key={`${r.id}-${r.readOn}`} className="space-y-1 rounded-lg border border-zinc-200 p-3 text-sm dark:border-zinc-800">
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              {r.inCatalog ? (
                <Link href={`/models/${r.id}`} className="font-mono font-semibold text-sky-800 underline underline-offset-2 dark:text-sky-300">
                  {r.id}
                </Link>
              ) : (
                <span className="font-mono font-semibold">{r.id}</span>
              )}
              <Badge tone={r.recommended ? "info" : "neutral"}>{r.recommended ? "recommended" : "alternative reading"}</Badge>
              {r.inCatalog && r.status ? (
                <Badge tone={r.status === "active" ? "good" : r.status === "shutdown" ? "bad" : "warn"}>{STATUS_LABEL[r.status]}</Badge>
              ) : (
                <Badge>not in our catalog yet</Badge>
              )}
            </p>
            <p className="text-zinc-700 dark:text-zinc-300">
              Recommendation as read on <time dateTime={r.readOn}>{formatDate(r.readOn)}</time>{" "}
              {r.source ? <SourceLink source={r.source} label={`replacement ${r.id}`} /> : null}
            </p>
            {r.note ? <p className="text-xs text-zinc-600 dark:text-zinc-400">{r.note}</p> : null}
            {plan.target?.id !== r.id ? (
              <Button size="sm" onClick={() => onCompare(r.id)}>
                Compare with {r.id}
              </Button>
            ) : (
              <p className="text-xs font-medium text-sky-800 dark:text-sky-300">Compared below.</p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
