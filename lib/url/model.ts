/**
 * Links to a model's page. /models/<id> is a route, not a view with URL state; this is still
 * its one door, so every link to a model is written the same way, and the proxy decides here
 * what a typed /models/<id> path means.
 */
export const MODELS_PATH = "/models";

/**
 * Where an unknown model ID is answered: a page naming the nearest IDs. The proxy serves it, with
 * status 404, in place of /models/<unknown id>; opened directly it is a plain page about that ID.
 */
export const MISSING_MODEL_PATH = "/missing-model";

export function modelHref(id: string): string {
  return `${MODELS_PATH}/${encodeURIComponent(id)}`;
}

export function missingModelHref(id: string): string {
  return `${MISSING_MODEL_PATH}/${encodeURIComponent(id)}`;
}

/** The ID a path names, decoded: "/models/GPT-4O-MINI" → "GPT-4O-MINI"; null for other paths or a malformed escape. */
export function modelIdFromPath(pathname: string): string | null {
  const m = /^\/models\/([^/]+)$/.exec(pathname);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return null;
  }
}

export type ModelPathRoute =
  /** Not a model page's path (/models, /models/a/b): left to the router. */
  | { kind: "other" }
  /** A catalog ID exactly: the prerendered page. */
  | { kind: "model" }
  /** A catalog ID in other letters' case: a permanent redirect to the ID as the catalog spells it. */
  | { kind: "redirect"; path: string }
  /** No such ID: the missing-model page answers, as a 404. */
  | { kind: "unknown"; path: string };

/**
 * What a /models/<id> request should get. Model IDs are case-insensitive (OpenAI's API takes
 * them in lower case; a typed or pasted "GPT-4o-mini" means the same model), so a path that
 * differs from a catalog ID only in case is redirected to the one canonical URL.
 */
export function resolveModelPath(pathname: string, ids: readonly string[]): ModelPathRoute {
  const id = modelIdFromPath(pathname);
  if (id === null) return { kind: "other" };
  if (ids.includes(id)) return { kind: "model" };
  const folded = id.toLowerCase();
  const matches = ids.filter((known) => known.toLowerCase() === folded);
  // Two catalog IDs differing only in case would make the redirect a guess: answer "unknown".
  if (matches.length === 1) return { kind: "redirect", path: modelHref(matches[0]!) };
  return { kind: "unknown", path: missingModelHref(id) };
}
