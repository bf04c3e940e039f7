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

/**
 * The longest any cache keeps a page or a data document (10 minutes): the data changes only
 * with a deploy, and a deploy then shows everywhere within this, or at once where the cache is
 * purged (README, "Deploying"). Tests and the proxy's check pass a shorter cap.
 */
export const MAX_SHARED_SECONDS = 600;
/**
 * The cap in force: NAVIGATOR_SHARED_CACHE_SECONDS when it is a whole number of seconds up to a
 * day (the proxy's integration test runs with 2), else MAX_SHARED_SECONDS.
 */
export function sharedCacheCap(env: Record<string, string | undefined> = process.env): number {
  const raw = env.NAVIGATOR_SHARED_CACHE_SECONDS;
  return raw && /^\d{1,5}$/.test(raw) && Number(raw) <= 86_400 ? Number(raw) : MAX_SHARED_SECONDS;
}

/** A copy just expired may still be served while a fresh one is fetched, for at most this long. */
export const STALE_SECONDS = 60;

/** Seconds a cache may keep a response from `now`: the cap, or less so that it ends by midnight. */
export function sharedLifetime(now: Date, cap = MAX_SHARED_SECONDS): number {
  return Math.max(0, Math.min(cap, secondsUntilUtcMidnight(now)));
}

/**
 * Cache-Control for a data document that is the same for everyone until the day changes (the
 * catalog API, the feeds, the calendar); they carry an ETag, so a client revalidates for a 304.
 */
export function untilMidnightCacheControl(now: Date, cap = MAX_SHARED_SECONDS): string {
  const s = sharedLifetime(now, cap);
  return `public, max-age=${s}, s-maxage=${s}`;
}

/**
 * Cache-Control for a view page: shared caches (a proxy, a CDN) keep it for the shared lifetime
 * and may serve it stale while they refetch, never past midnight either; browsers revalidate
 * (max-age=0), so a reader's back button or reload never shows yesterday's statuses.
 */
export function pageCacheControl(now: Date, cap = MAX_SHARED_SECONDS): string {
  const s = sharedLifetime(now, cap);
  const stale = Math.min(STALE_SECONDS, secondsUntilUtcMidnight(now) - s);
  return `public, max-age=0, s-maxage=${s}${stale > 0 ? `, stale-while-revalidate=${stale}` : ""}`;
}
