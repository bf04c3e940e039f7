/**
 * Lifecycle as of a given day. The data records the status on the day it was verified; a
 * deprecated model whose shutdown date has passed is shut down now, whatever the file says.
 * Pure: callers pass "today" (see today.ts) so tests can pin it.
 */
import type { CatalogEntry, Lifecycle, LifecycleStatus } from "./types";

const MS_PER_DAY = 86_400_000;
/** A shutdown within this many days is a warning in the catalog and the wizard. */
export const RETIRING_SOON_DAYS = 90;

function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function effectiveStatus(lifecycle: Lifecycle, today: string): LifecycleStatus {
  if (lifecycle.shutdownDate && dayNumber(lifecycle.shutdownDate) <= dayNumber(today)) return "shutdown";
  return lifecycle.status;
}

/** A status on any day, past or future: "unreleased" before the model's release. */
export type StatusOn = LifecycleStatus | "unreleased";

/**
 * The status a model had (or will have) on `day`, from its dated events. The recorded `status` is
 * what the lifecycle's source said on its verified-on day, so it speaks for that day and after
 * (a passed shutdown date still wins); before it, only dates speak: unreleased before the release,
 * shut down from the shutdown date, deprecated from the notice date, active otherwise (a model
 * whose notice date is not known reads active until its shutdown, never guessed earlier).
 */
export function statusOn(entry: Pick<CatalogEntry, "lifecycle" | "releaseDate" | "sources">, day: string): StatusOn {
  const { lifecycle } = entry;
  const release = entry.releaseDate.value;
  if (release && day < release) return "unreleased";
  if (lifecycle.shutdownDate && lifecycle.shutdownDate <= day) return "shutdown";
  const verifiedOn = entry.sources[lifecycle.source]?.verifiedOn;
  if (verifiedOn && day >= verifiedOn) return lifecycle.status;
  if (lifecycle.noticeDate && lifecycle.noticeDate <= day) return "deprecated";
  return lifecycle.status === "unknown" ? "unknown" : "active";
}

/** Whole days from today to the shutdown date; null when no date is known; negative once past. */
export function daysUntilShutdown(lifecycle: Lifecycle, today: string): number | null {
  return lifecycle.shutdownDate ? dayNumber(lifecycle.shutdownDate) - dayNumber(today) : null;
}

export function isRetiringSoon(lifecycle: Lifecycle, today: string): boolean {
  const days = daysUntilShutdown(lifecycle, today);
  return days !== null && days > 0 && days <= RETIRING_SOON_DAYS;
}

/** Shut-down models can no longer be called; unknown status is not safe to recommend either. */
export function isCallable(lifecycle: Lifecycle, today: string): boolean {
  const s = effectiveStatus(lifecycle, today);
  return s === "active" || s === "deprecated";
}

export const STATUS_LABEL: Record<LifecycleStatus, string> = {
  active: "Active",
  deprecated: "Deprecated",
  shutdown: "Shut down",
  unknown: "Status unknown",
};

/** A status on any day, for the views priced "as of" a day (calculator, compare). */
export const STATUS_ON_LABEL: Record<StatusOn, string> = { ...STATUS_LABEL, unreleased: "Not yet released" };

/** Callable on the day the status is for: released, and neither shut down nor of unknown status. */
export function isCallableStatus(status: StatusOn): boolean {
  return status === "active" || status === "deprecated";
}

/** Sort order of statuses in tables: callable first, shut down last. */
export const STATUS_SORT_ORDER: Record<LifecycleStatus, number> = { active: 0, deprecated: 1, unknown: 2, shutdown: 3 };

/**
 * The shutdown date as it was known on `day`: hidden while its notice was still in the future
 * (a compare "as of" a past day must not show what nobody knew then). A model whose notice date
 * is not recorded keeps its date: the data cannot say when it was announced.
 */
export type ShutdownOn =
  { known: "date"; date: string } | { known: "not-yet"; noticeDate: string; date: string } | { known: "none" };

export function shutdownOn(lifecycle: Pick<Lifecycle, "noticeDate" | "shutdownDate">, day: string): ShutdownOn {
  const { noticeDate, shutdownDate } = lifecycle;
  if (!shutdownDate) return { known: "none" };
  if (noticeDate && day < noticeDate) return { known: "not-yet", noticeDate, date: shutdownDate };
  return { known: "date", date: shutdownDate };
}

/**
 * The replacement named on `day`: none before the deprecation notice; otherwise the first
 * replacement in the data's order (the recommended one first) that had been read by that day.
 * Recommendations change (gpt-5-mini's went from gpt-5.6-terra to gpt-6.1-terra), so on a past
 * day the reading of that time is the answer; none read yet means none to show.
 */
export function replacementOn(lifecycle: Pick<Lifecycle, "noticeDate" | "replacements">, day: string): string | null {
  if (lifecycle.noticeDate && day < lifecycle.noticeDate) return null;
  return lifecycle.replacements.find((r) => r.readOn <= day)?.id ?? null;
}
