/**
 * Catalog links that parse but cannot be shown as written: more models selected than compare
 * shows, or filters that contradict each other. Each is resolved one fixed way and reported as
 * a link problem naming the parameters, so an empty table is never the only answer.
 */
import type { CatalogFilters } from "@/lib/catalog/rows";

import { catalogUrlKeys, type CatalogState } from "./catalog";
import { MAX_COMPARED } from "./compare";
import type { LinkProblem } from "./link-guard";

/**
 * "Hide shut-down models" with a lifecycle filter that keeps shut-down models only: no row can
 * pass both. (With other statuses chosen too, the hide just narrows the list: no conflict.)
 */
export function hidesEveryChosenStatus(f: Pick<CatalogFilters, "hideShutdown" | "statuses">): boolean {
  return f.hideShutdown && f.statuses.length > 0 && f.statuses.every((s) => s === "shutdown");
}

/** The table's empty state says the same thing the link notice does, for filters set by hand. */
export const HIDE_CONFLICT_HINT =
  "“Hide shut-down models” hides every lifecycle status chosen under Lifecycle: untick one of them.";

export function settleCatalogState(state: CatalogState): { state: CatalogState; problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  let settled = state;
  if (state.selected.length > MAX_COMPARED) {
    const left = state.selected.slice(MAX_COMPARED);
    problems.push({
      key: catalogUrlKeys.selected,
      message: `This link selects ${state.selected.length} models; compare shows at most ${MAX_COMPARED}, so the first ${MAX_COMPARED} are selected (left out: ${left.join(", ")}).`,
    });
    settled = { ...settled, selected: state.selected.slice(0, MAX_COMPARED) };
  }
  if (hidesEveryChosenStatus(state)) {
    // The lifecycle filter is the narrower, more deliberate choice: keep it and drop the hide,
    // rather than show an empty table.
    const { hideShutdown: live, statuses: st } = catalogUrlKeys;
    problems.push({
      key: live,
      message: `“${live}=true” hides shut-down models, but “${st}=shutdown” shows only shut-down models: nothing could match both, so “${live}” is ignored.`,
    });
    settled = { ...settled, hideShutdown: false };
  }
  return { state: settled, problems };
}
