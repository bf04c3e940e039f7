/**
 * The lifecycle calendar (/feeds/lifecycle.ics): every deprecation notice and shutdown as an
 * all-day event, written by `ical-generator`, for every model or the ones a link names (`?m=`).
 * IDs the catalog does not know are left out and named in the calendar's description. Stable:
 * UIDs come from the events' IDs and DTSTAMP from the data's verified-on day, never the clock.
 */
import ical from "ical-generator";

import { formatDate } from "@/lib/format";
import { echo } from "@/lib/url/link-guard";

import { eventTitle } from "./describe";
import { eventsOf, type ChangeEvent } from "./events";
import { calendarUid, dayStart, eventTextLines, modelPageUrl } from "./publish";

/** Calendar apps re-read a subscribed calendar this often: the data changes at most daily. */
export const CALENDAR_REFRESH_SECONDS = 86_400;
const CALENDAR_KINDS = new Set<ChangeEvent["kind"]>(["notice", "shutdown"]);
const MAX_NAMED = 10;

export type CalendarInput = {
  events: readonly ChangeEvent[];
  /** The link's `m` split into items, as written; [] means every model. */
  requested: readonly string[];
  knownIds: ReadonlySet<string>;
  origin: string;
  verifiedOn: string;
};

/** The link's model list: known IDs (each once) and the rest, to be named. */
export function calendarModels(requested: readonly string[], knownIds: ReadonlySet<string>) {
  const items = [...new Set(requested.map((s) => s.trim().toLowerCase()).filter(Boolean))];
  return { ids: items.filter((id) => knownIds.has(id)), unknown: items.filter((id) => !knownIds.has(id)) };
}

function listed(items: readonly string[]): string {
  const named = items.slice(0, MAX_NAMED).map((s) => `"${echo(s)}"`);
  return named.join(", ") + (items.length > MAX_NAMED ? ` and ${items.length - MAX_NAMED} more` : "");
}

export function lifecycleCalendar({ events, requested, knownIds, origin, verifiedOn }: CalendarInput): string {
  const { ids, unknown } = calendarModels(requested, knownIds);
  const chosen = (ids.length ? eventsOf(events, ids) : events).filter((e) => CALENDAR_KINDS.has(e.kind));
  const description = [
    `Deprecation notices and shutdown dates of ${ids.length ? ids.join(", ") : "every model in the catalog"}, from Small Model Navigator (data verified on ${formatDate(verifiedOn)}).`,
    ...(unknown.length ? [`Not in the catalog, ignored: ${listed(unknown)}.`] : []),
  ].join(" ");
  const calendar = ical({
    name: ids.length ? `Model shutdowns: ${ids.join(", ")}` : "OpenAI small models: deprecations and shutdowns",
    description,
    prodId: { company: "Small Model Navigator", product: "lifecycle calendar", language: "EN" },
    ttl: CALENDAR_REFRESH_SECONDS,
  });
  const stamp = dayStart(verifiedOn);
  // Oldest first reads naturally in a file; calendar apps sort by date anyway.
  for (const event of [...chosen].reverse()) {
    calendar.createEvent({
      id: calendarUid(event),
      start: dayStart(event.date),
      allDay: true,
      summary: eventTitle(event),
      description: eventTextLines(event).join("\n"),
      url: modelPageUrl(event, origin),
      stamp,
    });
  }
  return calendar.toString();
}
