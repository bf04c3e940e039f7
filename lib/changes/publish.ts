/**
 * What the feeds and the calendar say about an event, beyond its title: the model page it links
 * to, an ID that never changes for the same event, and a short HTML body. Shared by the Atom and
 * JSON feeds (lib/changes/feeds.ts) and the calendar (lib/changes/calendar.ts).
 */
import { formatDate } from "@/lib/format";
import { modelHref } from "@/lib/url/model";

import { alsoApplies, eventDetails, subjectOf } from "./describe";
import type { ChangeEvent } from "./events";

/**
 * A tag URI (RFC 4151) names the publisher, not a host: the same event keeps its ID whichever
 * origin serves the feed (a preview, localhost, production), so readers never see it twice.
 */
export const TAG_AUTHORITY = "small-model-navigator,2026";
export const CALENDAR_UID_DOMAIN = "small-model-navigator";

export function feedEntryId(event: ChangeEvent): string {
  return `tag:${TAG_AUTHORITY}:change/${event.id}`;
}

export function calendarUid(event: ChangeEvent): string {
  return `${event.id}@${CALENDAR_UID_DOMAIN}`;
}

/** The day as a Date at 00:00 UTC: feeds and calendars take Dates, the data has days. */
export function dayStart(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

export function modelPageUrl(event: ChangeEvent, origin: string): string {
  return new URL(modelHref(subjectOf(event)), origin).toString();
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** The lines a feed reader or calendar shows under the title, as plain text. */
export function eventTextLines(event: ChangeEvent): string[] {
  const also = alsoApplies(event);
  return [
    ...eventDetails(event),
    ...(also.length ? [`Also applies to ${also.join(", ")}.`] : []),
    `Source: ${event.source.title} (${event.source.url}), verified ${formatDate(event.source.verifiedOn)}.`,
  ];
}

/** The same lines as an HTML list, every text escaped. */
export function eventHtml(event: ChangeEvent): string {
  return `<ul>${eventTextLines(event)
    .map((line) => `<li>${escapeHtml(line)}</li>`)
    .join("")}</ul>`;
}
