/**
 * Which models the charts show. The pool is every model callable today (active or deprecated);
 * "include retired" adds the ones that are shut down or of unknown status. A selection (`m` in
 * the URL) narrows the pool to the chosen models; an empty selection means the whole pool, so
 * the default link stays short and new catalog models appear without a new link.
 */
import type { ChartModelLabel } from "./types";

type Selection = {
  /** Chosen model IDs (aliases or IDs without snapshots); empty = every model in the pool. */
  models: readonly string[];
  includeRetired: boolean;
};

/** Snapshot items follow their alias: choosing gpt-4o also chooses its differing snapshots. */
function selectionKey(m: ChartModelLabel): string {
  return m.aliasId ?? m.id;
}

function inPool(m: ChartModelLabel, includeRetired: boolean): boolean {
  return includeRetired || m.callable;
}

/** The models offered in the chooser: one per model, no snapshot items. */
export function pickerModels<M extends ChartModelLabel>(models: readonly M[], includeRetired: boolean): M[] {
  return models.filter((m) => m.kind !== "snapshot" && inPool(m, includeRetired));
}

/** The chart items to draw, in catalog order. */
export function visibleModels<M extends ChartModelLabel>(models: readonly M[], sel: Selection): M[] {
  const chosen = new Set(sel.models);
  return models.filter((m) => inPool(m, sel.includeRetired) && (chosen.size === 0 || chosen.has(selectionKey(m))));
}

/** IDs checked in the chooser. */
export function checkedIds(models: readonly ChartModelLabel[], sel: Selection): string[] {
  return pickerModels(models, sel.includeRetired)
    .filter((m) => sel.models.length === 0 || sel.models.includes(m.id))
    .map((m) => m.id);
}

/** Normal form of a selection: in picker order, and null (the default) when it is the whole pool. */
function normalize(models: readonly ChartModelLabel[], includeRetired: boolean, ids: ReadonlySet<string>): string[] | null {
  const pool = pickerModels(models, includeRetired);
  const kept = pool.filter((m) => ids.has(m.id)).map((m) => m.id);
  return kept.length === 0 || kept.length === pool.length ? null : kept;
}

/**
 * Checks or unchecks one model. Returns the new `models` value (null = whole pool). Unchecking
 * the last checked model is refused (returns the current value): an empty chart helps nobody.
 */
export function toggleModel(models: readonly ChartModelLabel[], sel: Selection, id: string, on: boolean): string[] | null {
  const checked = new Set(checkedIds(models, sel));
  if (on) checked.add(id);
  else {
    if (checked.size <= 1 && checked.has(id)) return sel.models.length ? [...sel.models] : null;
    checked.delete(id);
  }
  return normalize(models, sel.includeRetired, checked);
}

/**
 * Turns "include retired" on or off. With a narrowed selection, turning it on adds the retired
 * models (the toggle "brings them back"), and turning it off drops them.
 */
export function setIncludeRetired(
  models: readonly ChartModelLabel[],
  sel: Selection,
  on: boolean,
): { includeRetired: boolean; models: string[] | null } {
  if (sel.models.length === 0) return { includeRetired: on, models: null };
  const checked = new Set(checkedIds(models, sel));
  if (on) for (const m of pickerModels(models, true)) if (!m.callable) checked.add(m.id);
  return { includeRetired: on, models: normalize(models, on, checked) };
}
