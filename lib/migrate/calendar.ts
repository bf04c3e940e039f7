/**
 * "Add the shutdown date to my calendar": the plan's shutdown as one all-day event, with what to
 * move to, a link back to the plan and a reminder a week before. Written by `ical-generator`, as
 * the lifecycle calendar (lib/changes/calendar.ts) is, and with the same UID as that calendar's
 * event for this shutdown, so a calendar that has both knows them as one event. Stable: DTSTAMP
 * is the day the lifecycle's source was verified, never the moment of download.
 */
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventTransparency } from "ical-generator";

import { eventsOfEntry, type ChangeEvent } from "@/lib/changes/events";
import { CALENDAR_UID_DOMAIN, calendarUid, dayStart } from "@/lib/changes/publish";
import { formatDate } from "@/lib/format";

import type { MigrationPlan } from "./plan";
import { destinationCostText, pickReasonText } from "./recommendation-text";

/** A week's notice before the day itself. */
export const REMINDER_DAYS_BEFORE = 7;
const SECONDS_PER_DAY = 86_400;

export type ShutdownCalendar = { fileName: string; ics: string };

/**
 * The .ics for the plan's model, or null when no shutdown date is known. `events` is the
 * catalog's change list (changeEvents), where the shutdown's UID comes from.
 */
export function shutdownCalendar(
  plan: MigrationPlan,
  planUrl: string,
  today: string,
  events: readonly ChangeEvent[],
): ShutdownCalendar | null {
  const { from, recommendation } = plan;
  const date = from.lifecycle.shutdownDate;
  if (!date) return null;
  const shutdown = eventsOfEntry(events, from.id).find((e) => e.kind === "shutdown" && e.date === date);
  const source = from.sources[from.lifecycle.source] ?? null;
  const pick = recommendation.pick;
  const lines = [
    `Shutdown of ${from.id} in the OpenAI API (${formatDate(date)}): from that day, calls to it fail.`,
    ...(source ? [`Source: ${source.title} (${source.url}), verified ${formatDate(source.verifiedOn)}.`] : []),
    ...(pick
      ? [`Recommended first: ${pick.id}. ${pickReasonText(recommendation, from.id)} ${destinationCostText(pick, from.id)}`]
      : []),
    `Your migration plan: ${planUrl}`,
  ];
  const summary = `${from.id} shuts down (OpenAI API)`;
  const calendar = ical({
    prodId: { company: "Small Model Navigator", product: "migration planner", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  const event = calendar.createEvent({
    // The lifecycle calendar's UID for the same shutdown; the events list always has it, the
    // fallback only keeps a file downloadable if the two ever disagree on the date.
    id: shutdown ? calendarUid(shutdown) : `shutdown/${from.id}/${date}@${CALENDAR_UID_DOMAIN}`,
    start: dayStart(date),
    allDay: true,
    summary,
    description: lines.join("\n"),
    url: planUrl,
    stamp: dayStart(source?.verifiedOn ?? today),
    // A date to know, not time to block.
    transparency: ICalEventTransparency.TRANSPARENT,
  });
  event.createAlarm({ type: ICalAlarmType.display, trigger: REMINDER_DAYS_BEFORE * SECONDS_PER_DAY, description: summary });
  return { fileName: `${from.id}-shutdown.ics`, ics: calendar.toString() };
}
