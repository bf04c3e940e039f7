import { KindBadge } from "@/components/changes/kind-badge";
import { SourceLink } from "@/components/model/source-link";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { timelineText } from "@/lib/changes/describe";
import type { ModelHistory } from "@/lib/changes/model-history";
import { formatDate } from "@/lib/format";
import { changesHref } from "@/lib/url/changes";
import { lifecycleCalendarHref } from "@/lib/url/feeds";

/** The model's dated events, oldest first, with today marked between what happened and what is scheduled. */
export function LifecycleTimeline({
  id,
  modelId,
  history,
  today,
}: {
  id: string;
  modelId: string;
  history: ModelHistory;
  today: string;
}) {
  const { timeline, pastCount } = history;
  const todayMark = (
    <li key="today" className="relative pb-4 pl-6">
      <span aria-hidden="true" className="absolute top-1 -left-[7px] size-3.5 rounded-full border-2 border-accent bg-surface" />
      <p className="text-sm font-semibold text-accent">
        Today, <time dateTime={today}>{formatDate(today)}</time>
      </p>
    </li>
  );
  return (
    <section aria-labelledby="timeline" className="space-y-3">
      <h2 id="timeline" className="text-lg font-semibold">
        Timeline
      </h2>
      {timeline.length ? (
        <ol aria-label={`Timeline of ${id}`} className="ml-2 border-l-2 border-line">
          {timeline.flatMap((item, i) => {
            const e = item.event;
            const row = (
              <li key={e.id} className="relative pb-4 pl-6">
                <span aria-hidden="true" className="absolute top-1.5 -left-[6px] size-2.5 rounded-full bg-line-strong" />
                <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                  <time dateTime={e.date} className="font-medium tabular-nums">
                    {formatDate(e.date)}
                  </time>
                  <KindBadge kind={e.kind} />
                  {item.scheduled ? <span className="text-xs text-fg-subtle">scheduled</span> : null}
                </p>
                <p className="mt-1 text-sm">
                  {timelineText(e, item.scheduled)} <SourceLink source={e.source} label={timelineText(e, item.scheduled)} />
                </p>
                {e.note ? <p className="mt-0.5 text-xs text-fg-subtle">{e.note}</p> : null}
              </li>
            );
            return i === pastCount ? [todayMark, row] : [row];
          })}
          {pastCount === timeline.length ? todayMark : null}
        </ol>
      ) : (
        <p className="text-sm text-fg-muted">No dated lifecycle event recorded for {id}.</p>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href={lifecycleCalendarHref([id])} className={linkVariants()}>
          Add shutdown dates to my calendar
        </a>
        <IntentLink href={changesHref({ models: [modelId] })} className={linkVariants()}>
          Every change to {modelId}
        </IntentLink>
      </p>
    </section>
  );
}
