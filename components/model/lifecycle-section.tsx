import { Badge, STATUS_TONE } from "@/components/ui/badge";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { panelVariants } from "@/components/ui/panel";
import { daysUntilShutdown, effectiveStatus, STATUS_LABEL } from "@/lib/catalog/lifecycle";
import type { CatalogEntry } from "@/lib/catalog/types";
import { formatDate } from "@/lib/format";
import { migrateHref } from "@/lib/url/migrate";
import { modelHref } from "@/lib/url/model";

import { SourceLink } from "./source-link";

export function LifecycleSection({
  entry,
  today,
  knownIds,
}: {
  entry: CatalogEntry;
  today: string;
  knownIds: ReadonlySet<string>;
}) {
  const lc = entry.lifecycle;
  const status = effectiveStatus(lc, today);
  const days = daysUntilShutdown(lc, today);
  // Several sources may name the same model (e.g. OpenAI's guidance and a copy of its deprecations page).
  const namedIds = new Set(lc.replacements.map((r) => r.id)).size;
  return (
    <section aria-labelledby="lifecycle" className="space-y-3">
      <h2 id="lifecycle" className="text-lg font-semibold">
        Lifecycle
      </h2>
      <div className={panelVariants({ pad: "md", className: "space-y-2 text-sm" })}>
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone={STATUS_TONE[status]}>{STATUS_LABEL[status]}</Badge>
          {status === "shutdown" && lc.shutdownDate ? (
            <span>Shut down on {formatDate(lc.shutdownDate)}: API calls to this ID fail.</span>
          ) : null}
          {status === "deprecated" && lc.shutdownDate && days !== null ? (
            <span>
              Shuts down on <strong>{formatDate(lc.shutdownDate)}</strong> ({days} day{days === 1 ? "" : "s"} from{" "}
              {formatDate(today)}).
            </span>
          ) : null}
          <SourceLink source={entry.sources[lc.source]} label="lifecycle status" />
        </p>
        {lc.noticeDate ? <p>Deprecation announced {formatDate(lc.noticeDate)}.</p> : null}
        {lc.replacements.length ? (
          <div>
            <p className="font-medium">
              Recommended replacement
              {namedIds > 1 ? "s (sources disagree)" : lc.replacements.length > 1 ? " (named by several sources)" : ""}:
            </p>
            {/* Links padded to a 24 px target (WCAG 2.2, 2.5.8): on a phone the source wraps under the ID. */}
            <ul className="mt-1 space-y-1">
              {lc.replacements.map((r) => (
                <li key={`${r.id}-${r.readOn}`} className="flex flex-wrap items-baseline gap-x-2">
                  {knownIds.has(r.id) ? (
                    <IntentLink href={modelHref(r.id)} className={linkVariants({ className: "py-1 font-mono" })}>
                      {r.id}
                    </IntentLink>
                  ) : (
                    <span className="font-mono font-medium">{r.id}</span>
                  )}
                  <span className="text-fg-subtle">as read on {formatDate(r.readOn)}</span>
                  <SourceLink source={entry.sources[r.source]} label={`replacement ${r.id}`} className="py-1" />
                  {r.note ? <span className="w-full text-xs text-fg-subtle">{r.note}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {lc.note ? <p className="text-fg-muted">{lc.note}</p> : null}
        {status !== "active" ? (
          <p>
            <IntentLink href={migrateHref(entry.id)} className={linkVariants()}>
              Plan the migration from {entry.id}
            </IntentLink>
          </p>
        ) : null}
      </div>
    </section>
  );
}
