/**
 * Prerendered pages whose content depends on the day (statuses, "shuts down in N days", article
 * verdicts): how long any cache may keep them. Next reads each page's `revalidate` and
 * next.config.mjs's `expireTime` statically, so those files repeat these values as literals;
 * day-pages.test.ts checks that they agree.
 *
 * Next serves such a page from its own cache, re-rendered in the background once `revalidate`
 * seconds have passed, and sends `s-maxage=<revalidate>, stale-while-revalidate=<expire −
 * revalidate>` to shared caches. So yesterday's copy outlives midnight by at most
 * 2 × DAY_PAGE_EXPIRE_SECONDS (a copy the server served as late as it may, then kept by a CDN
 * as long as it may): four minutes. A cut exactly at midnight would need a header computed per
 * request, which a proxy cannot set safely (README, "Caching").
 */

/** Seconds a copy is served as is before the server re-renders it; a render is a few milliseconds. */
export const DAY_PAGE_REVALIDATE_SECONDS = 60;

/**
 * next.config.mjs's expireTime: a copy older than this is rendered afresh before it is sent,
 * never served stale (Next's default is a year, so the first visitor after a quiet night would
 * get yesterday's statuses, and a CDN could keep them a year).
 */
export const DAY_PAGE_EXPIRE_SECONDS = 120;
