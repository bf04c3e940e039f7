/**
 * How a view's client island agrees with its server. The server's loader read the link and
 * sanitised it (unknown IDs dropped, contradictions resolved, problems named); the island starts
 * from that state rather than sanitising again. nuqs keeps reading the URL in the browser, so
 * key by key: while the URL still holds what it held when the server rendered, the server's
 * value stands; a key that has changed since was written by the island (from valid choices) or
 * brought back by Back/Forward, and the URL's value is shown.
 */

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * @param url the state nuqs reads from the URL now
 * @param read the state nuqs read from the URL when the server rendered (the same link)
 * @param server the server loader's sanitised state for that link
 * @param written keys the island has written since: they follow the URL even where it still holds
 *   what the server read. (The server settled `live=true&st=shutdown` to "hide off"; ticking
 *   "Hide shut-down models" writes `live=true` again, a URL unchanged, and must still show it on.)
 */
export function linkedState<S extends object>(url: S, read: S, server: S, written: ReadonlySet<keyof S> = new Set()): S {
  const out = { ...url };
  for (const key of Object.keys(server) as (keyof S)[]) {
    if (!written.has(key) && same(url[key], read[key])) out[key] = server[key];
  }
  return out;
}
