/**
 * Links to a model's page. /models/<id> is a route, not a view with URL state; this is still
 * its one door, so every link to a model is written the same way.
 */
export const MODELS_PATH = "/models";

export function modelHref(id: string): string {
  return `${MODELS_PATH}/${encodeURIComponent(id)}`;
}
