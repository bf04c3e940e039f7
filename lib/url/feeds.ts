/**
 * Links to the feeds and the calendar (route handlers under /feeds). The calendar takes `m`, a
 * comma list of model IDs, like compare and the change log: "Add shutdown dates to my calendar"
 * on a model page, the wizard's shortlist or compare is lifecycleCalendarHref(ids).
 */
export const CHANGES_ATOM_PATH = "/feeds/changes.xml";
export const CHANGES_JSON_PATH = "/feeds/changes.json";
export const LIFECYCLE_CALENDAR_PATH = "/feeds/lifecycle.ics";
export const CALENDAR_MODELS_KEY = "m";

/** The lifecycle calendar of these models (every model when none is given). */
export function lifecycleCalendarHref(ids: readonly string[] = []): string {
  const unique = [...new Set(ids)];
  // Model IDs ([a-z0-9.-]) pass through unescaped, so the link stays readable; commas separate them.
  const list = unique.map(encodeURIComponent).join(",");
  return unique.length ? `${LIFECYCLE_CALENDAR_PATH}?${CALENDAR_MODELS_KEY}=${list}` : LIFECYCLE_CALENDAR_PATH;
}
