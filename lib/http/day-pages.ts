/**
 * Prerendered pages whose content depends on the day (statuses, "shuts down in N days", article
 * verdicts): how often the server re-renders them, and the paths whose responses the proxy
 * (proxy.ts) stamps with a lifetime that ends at the next UTC midnight.
 */

/**
 * Seconds a prerendered day-dependent page is served before it is re-rendered. Rendering one is
 * a few milliseconds; a minute bounds how long after midnight yesterday's copy can be served
 * (next.config.mjs's expireTime makes an older copy wait for a fresh render, never served stale).
 */
export const DAY_PAGE_REVALIDATE_SECONDS = 60;

/**
 * Path patterns (Next's matcher syntax) of the prerendered pages that depend on the day. Next
 * reads proxy.ts's matcher and each page's `revalidate` statically, so they repeat these values
 * as literals; day-pages.test.ts checks that they agree.
 */
export const DAY_PAGE_MATCHERS = ["/models/:path*", "/article"];
