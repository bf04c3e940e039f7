import Link from "next/link";

import { SourceLink } from "@/components/model/source-link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { linkVariants } from "@/components/ui/link";
import { panelVariants } from "@/components/ui/panel";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { formatDate } from "@/lib/format";
import type { MigrationPlan } from "@/lib/migrate/plan";
import { modelHref } from "@/lib/url/model";

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
          <li key={`${r.id}-${r.readOn}`} className={panelVariants({ pad: "sm", className: "space-y-1 text-sm" })}>
            <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
              {r.inCatalog ? (
                <Link href={modelHref(r.id)} className={linkVariants({ weight: "normal", className: "font-mono font-semibold" })}>
                  {r.id}
                </Link>
              ) : (
                <span className="font-mono font-semibold">{r.id}</span>
              )}
              <Badge tone={r.recommended ? "info" : "neutral"}>{r.recommended ? "recommended" : "alternative reading"}</Badge>
              {r.inCatalog && r.status ? (
                <Badge tone={r.status === "active" ? "good" : r.status === "shutdown" ? "danger" : "warn"}>
                  {STATUS_LABEL[r.status]}
                </Badge>
              ) : (
                <Badge>not in our catalog yet</Badge>
              )}
            </p>
            <p className="text-fg-muted">
              Recommendation as read on <time dateTime={r.readOn}>{formatDate(r.readOn)}</time>{" "}
              {r.source ? <SourceLink source={r.source} label={`replacement ${r.id}`} /> : null}
            </p>
            {r.note ? <p className="text-xs text-fg-subtle">{r.note}</p> : null}
            {plan.target?.id !== r.id ? (
              <Button size="sm" onClick={() => onCompare(r.id)}>
                Compare with {r.id}
              </Button>
            ) : (
              <p className="text-xs font-medium text-accent">Compared below.</p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
