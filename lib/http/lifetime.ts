/**
 * How long a response may be reused. Anything that depends on "today" (lifecycle status, the
 * prices in force, "shuts down in N days") changes at UTC midnight, so no cache may keep it past
 * then: a model that shuts down tomorrow must not stay "callable" in a CDN for a year.
 */
const MS_PER_DAY = 86_400_000;

/** Whole seconds from `now` to the next UTC midnight (1 at 23:59:59; 86,400 exactly at midnight). */
export function secondsUntilUtcMidnight(now: Date): number {
  const ms = now.getTime();
  const next = Math.floor(ms / MS_PER_DAY) * MS_PER_DAY + MS_PER_DAY;
  return Math.ceil((next - ms) / 1000);
}

/** Cache-Control for a response that is the same for everyone until the day changes. */
export function untilMidnightCacheControl(now: Date): string {
  const s = secondsUntilUtcMidnight(now);
  return `public, max-age=${s}, s-maxage=${s}`;
}
