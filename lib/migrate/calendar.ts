/**
 * "Add the shutdown date to my calendar": the plan's shutdown as one all-day event (ics.ts), with
 * what to move to and a link back to the plan. Stable per model and date: the UID names both, and
 * DTSTAMP is the day the lifecycle's source was verified, so downloading twice gives one event.
 */
import { formatDate } from "@/lib/format";

import { icsCalendar } from "./ics";
import type { MigrationPlan } from "./plan";
import { destinationCostText, pickReasonText } from "./recommendation-text";

/** A week's notice before the day itself. */
export const REMINDER_DAYS_BEFORE = 7;
const UID_DOMAIN = "small-model-navigator";

export type ShutdownCalendar = { fileName: string; ics: string };

/** The .ics for the plan's model, or null when no shutdown date is known. */
export function shutdownCalendar(plan: MigrationPlan, planUrl: string, today: string): ShutdownCalendar | null {
  const { from, recommendation } = plan;
  const date = from.lifecycle.shutdownDate;
  if (!date) return null;
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
  return {
    fileName: `${from.id}-shutdown.ics`,
    ics: icsCalendar({
      uid: `${from.id}-shutdown-${date.replaceAll("-", "")}@${UID_DOMAIN}`,
      date,
      stampDate: source?.verifiedOn ?? today,
      summary: `${from.id} shuts down (OpenAI API)`,
      description: lines.join("\n"),
      url: planUrl,
      reminderDaysBefore: REMINDER_DAYS_BEFORE,
    }),
  };
}
