import { Badge, STATUS_TONE } from "@/components/ui/badge";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { formatDate } from "@/lib/format";
import type { ModelLifecycle } from "@/lib/usage/summary";

/** Status, and for a retiring model when it shuts down: "Deprecated · shuts down Jan 14, 2027 (50 days)". */
export function LifecycleBadge({ lifecycle }: { lifecycle: ModelLifecycle }) {
  const days = lifecycle.daysUntilShutdown;
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge tone={STATUS_TONE[lifecycle.status]}>{STATUS_LABEL[lifecycle.status]}</Badge>
      {lifecycle.status !== "shutdown" && lifecycle.shutdownDate ? (
        <span className="text-xs text-fg-subtle">
          shuts down {formatDate(lifecycle.shutdownDate)}
          {days !== null && days > 0 ? ` (${days} days)` : ""}
        </span>
      ) : null}
    </span>
  );
}
