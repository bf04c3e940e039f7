/**
 * The "as of" day of the calculator and compare (URL key `on`, e.g. `on=2025-04-15`): every
 * price, total and "cheapest" is computed with the prices in force that day and each model's
 * standing that day. Absent means today, so a link made today stays a link to "today" tomorrow;
 * picking today in the control removes the key. Client-safe: the date control uses the same
 * bounds as the page loaders, which know today (the client is told it).
 */
import { createParser, throttle } from "nuqs/server";

import { SERVER_TYPING_URL_THROTTLE_MS } from "./parsers";

export const AS_OF_KEY = "on";

/** No model the catalog prices is older: a day before it says nothing. */
export const EARLIEST_AS_OF = "2020-01-01";
/** A look ahead: scheduled shutdowns, prices as they stand. Further out is a typo. */
export const AS_OF_YEARS_AHEAD = 1;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD ("2025-02-30" is not one). */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The last day a link may ask for: a year after today (Feb 29 → Mar 1 the year after). */
export function latestAsOf(today: string): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + AS_OF_YEARS_AHEAD);
  return d.toISOString().slice(0, 10);
}

export function isAsOfInRange(day: string, today: string): boolean {
  return day >= EARLIEST_AS_OF && day <= latestAsOf(today);
}

/**
 * A calendar day from 2020 on. The upper bound depends on today, which only the page loader
 * knows: it ignores a later day with the same notice (isAsOfInRange).
 */
export const parseAsAsOf = createParser<string>({
  parse: (v) => (isIsoDay(v) && v >= EARLIEST_AS_OF ? v : null),
  serialize: (v) => v,
});

/**
 * The `on` parser of a view: the server prices the day, so a change re-renders the page
 * (shallow: false), throttled like typing, replacing the history entry like any control.
 */
export const asOfParser = parseAsAsOf.withOptions({
  shallow: false,
  history: "replace",
  limitUrlUpdates: throttle(SERVER_TYPING_URL_THROTTLE_MS),
});

/** A linked day the view can use: in range and not today (today is the default, left out). */
export function sanitizeAsOf(on: string | null, today: string): string | null {
  return on !== null && on !== today && isAsOfInRange(on, today) ? on : null;
}

/** The day a state is priced on: its `on`, or today. */
export function asOfDay(on: string | null, today: string): string {
  return on ?? today;
}

/**
 * What the date control writes for a picked day: null for today (the default, left out of the
 * link), the day itself, or undefined for a day it cannot use (half typed, out of range), which
 * it leaves unwritten until the day is whole.
 */
export function asOfParam(picked: string, today: string): string | null | undefined {
  if (!isIsoDay(picked) || !isAsOfInRange(picked, today)) return undefined;
  return picked === today ? null : picked;
}
