/**
 * A one-event iCalendar file (RFC 5545): an all-day event with an optional reminder. Written by
 * hand because the format is small: CRLF line endings, TEXT values escaped (backslash,
 * semicolon, comma, newline), every content line folded at 75 octets (continuation lines start
 * with one space, and a UTF-8 character is never split). The output depends only on its input,
 * so the same event downloads byte for byte the same.
 */

export type AllDayEvent = {
  /** Stable across downloads, so a calendar updates the event instead of adding a second one. */
  uid: string;
  /** ISO date of the (all-day) event. */
  date: string;
  /** ISO date for DTSTAMP (midnight UTC): when the facts behind the event were verified. */
  stampDate: string;
  summary: string;
  description: string;
  url: string | null;
  /** A display reminder this many days before; null for none. */
  reminderDaysBefore: number | null;
};

const PRODID = "-//Small Model Navigator//Migration planner//EN";
const CRLF = "\r\n";
const MAX_OCTETS = 75;
const MS_PER_DAY = 86_400_000;

/** RFC 5545 §3.3.11: backslash, semicolon and comma are escaped; a line break becomes \n. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

/** RFC 5545 §3.1: lines longer than 75 octets are split; each continuation starts with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The leading space of a continuation line counts towards its 75 octets.
    const limit = parts.length ? MAX_OCTETS - 1 : MAX_OCTETS;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** "2027-01-14" → "20270114". */
const basicDate = (iso: string) => iso.replaceAll("-", "");

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + MS_PER_DAY).toISOString().slice(0, 10);
}

/** The whole .ics file for one all-day event. */
export function icsCalendar(e: AllDayEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `DTSTAMP:${basicDate(e.stampDate)}T000000Z`,
    `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
    // An all-day event ends (exclusively) on the next day.
    `DTEND;VALUE=DATE:${basicDate(nextDay(e.date))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    ...(e.url ? [`URL:${e.url}`] : []),
    // A date to know, not time to block.
    "TRANSP:TRANSPARENT",
    ...(e.reminderDaysBefore
      ? [
          "BEGIN:VALARM",
          "ACTION:DISPLAY",
          `DESCRIPTION:${escapeText(e.summary)}`,
          `TRIGGER:-P${e.reminderDaysBefore}D`,
          "END:VALARM",
        ]
      : []),
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
