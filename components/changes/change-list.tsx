import { SourceLink } from "@/components/model/source-link";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { alsoApplies, eventAnchor, eventDetails, eventTitle, subjectOf } from "@/lib/changes/describe";
import type { ChangeEvent } from "@/lib/changes/events";
import { formatDate } from "@/lib/format";
import { modelHref } from "@/lib/url/model";

import { KindBadge } from "./kind-badge";

/** Events as a dated list; each item is an anchor (/changes#<id>) and links to its model. */
export function ChangeList({ events, label }: { events: readonly ChangeEvent[]; label: string }) {
  return (
    <ol aria-label={label} className="divide-y divide-line rounded-lg border border-line">
      {events.map((e) => {
        const also = alsoApplies(e);
        const details = eventDetails(e);
        return (
          <li key={e.id} id={eventAnchor(e.id)} className="grid gap-1 p-3 sm:grid-cols-[8.5rem_1fr] sm:gap-4 sm:p-4">
            <p className="flex items-center gap-2 sm:flex-col sm:items-start">
              <time dateTime={e.date} className="font-medium tabular-nums">
                {formatDate(e.date)}
              </time>
              <KindBadge kind={e.kind} />
            </p>
            <div className="min-w-0 space-y-1 text-sm">
              <p className="text-base font-medium break-words">{eventTitle(e)}</p>
              {details.length ? (
                <ul className="space-y-0.5 text-fg-muted">
                  {details.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              ) : null}
              {/* Both links padded to a 24 px target (WCAG 2.2, 2.5.8): on a phone the source wraps under the model. */}
              <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <IntentLink href={modelHref(subjectOf(e))} className={linkVariants({ className: "py-0.5 font-mono" })}>
                  {subjectOf(e)}
                </IntentLink>
                {also.length ? <span className="text-fg-subtle">also {also.join(", ")}</span> : null}
                <SourceLink source={e.source} label={eventTitle(e)} className="py-1" />
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
