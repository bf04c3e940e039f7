/**
 * The one rule for every place the app names a winner (calculator summary and share card,
 * preset notes, compare's "best", charts' frontier and labels, catalog order, wizard, migrate):
 *
 *   the headline pick is the best model that stays callable past the warning horizon
 *   (RETIRING_SOON_DAYS); a better model that shuts down sooner is named second, with its date;
 *   a model that is already shut down is never named as a choice.
 *
 * "Best" is the caller's ordering (cheapest, highest score, …); this module only decides who may
 * headline. Pure: the caller passes "today".
 */
import { formatCount, formatDate } from "@/lib/format";

import { daysUntilShutdown, effectiveStatus, isCallableStatus, RETIRING_SOON_DAYS, statusOn, type StatusOn } from "./lifecycle";
import type { CatalogEntry, Lifecycle } from "./types";

/**
 * - lasting: callable, and no shutdown within RETIRING_SOON_DAYS (day 90 itself counts as soon,
 *   like the "retiring soon" badge, so a crowned model never carries that badge);
 * - leaving: callable today, but shuts down within the horizon;
 * - gone: shut down, or a status nobody can vouch for ("unknown" is not safe to recommend).
 */
export type Standing = "lasting" | "leaving" | "gone";

export function standing(lifecycle: Lifecycle, today: string): Standing {
  return standingOfStatus(effectiveStatus(lifecycle, today), daysUntilShutdown(lifecycle, today));
}

/** The standing a status gives, `daysLeft` to the shutdown; not yet released is gone too (it cannot be called). */
function standingOfStatus(status: StatusOn, daysLeft: number | null): Standing {
  if (!isCallableStatus(status)) return "gone";
  return daysLeft !== null && daysLeft <= RETIRING_SOON_DAYS ? "leaving" : "lasting";
}

/** Order of standings where a list leads with what you can use: lasting, leaving, gone. */
export const STANDING_ORDER: Record<Standing, number> = { lasting: 0, leaving: 1, gone: 2 };

/** Names of the groups a list shows in that order (the catalog's group headers, the charts' legend). */
export const STANDING_LABEL: Record<Standing, string> = {
  lasting: "Callable",
  leaving: "Retiring within 90 days",
  gone: "Shut down or status unknown",
};

/**
 * What the rule needs to know about one item, computed once (on the server, where "today" is
 * known) and carried as plain data to views that decide on the client.
 */
export type StandingInfo = {
  standing: Standing;
  shutdownDate: string | null;
  /** Whole days from today to the shutdown; null without a date; ≤ 0 once past. */
  daysLeft: number | null;
};

export function standingInfo(lifecycle: Lifecycle, today: string): StandingInfo {
  return {
    standing: standing(lifecycle, today),
    shutdownDate: lifecycle.shutdownDate,
    daysLeft: daysUntilShutdown(lifecycle, today),
  };
}

/**
 * A model's status and standing on any day, past or future, from its dated events (statusOn):
 * what the views priced "as of" a day (calculator, compare) show and crown by. On the server's
 * today it agrees with effectiveStatus and standingInfo for every model in data/.
 */
export function lifecycleOn(
  entry: Pick<CatalogEntry, "lifecycle" | "releaseDate" | "sources">,
  day: string,
): { status: StatusOn; outlook: StandingInfo } {
  const status = statusOn(entry, day);
  const daysLeft = daysUntilShutdown(entry.lifecycle, day);
  return {
    status,
    outlook: { standing: standingOfStatus(status, daysLeft), shutdownDate: entry.lifecycle.shutdownDate, daysLeft },
  };
}

export type SoonerPick<T> = {
  item: T;
  /** ISO date of the shutdown (a leaving model always has one). */
  shutdownDate: string;
  /** Whole days from today to the shutdown, ≥ 1 (on the day itself the model is gone). */
  daysLeft: number;
};

export type Headline<T> = {
  /** The best lasting item; null when none lasts past the horizon. */
  pick: T | null;
  /**
   * The best leaving item when it beats the pick (or when there is no pick): named second, with
   * its date, so a cheaper model is never hidden, only never crowned.
   */
  sooner: SoonerPick<T> | null;
};

/** Negative when a is better than b (Array.prototype.sort's convention, best first). */
export type Better<T> = (a: T, b: T) => number;

export type HeadlineOptions<T> = {
  lifecycle: (item: T) => Lifecycle;
  better: Better<T>;
  today: string;
};

/** The same rule for items that carry their StandingInfo already (client views). */
export type HeadlineOfOptions<T> = {
  info: (item: T) => StandingInfo;
  better: Better<T>;
};

/** Best first by `better`, stable for ties (the earlier item wins). */
function bestOf<T>(items: readonly T[], better: Better<T>): T | null {
  let best: T | null = null;
  for (const item of items) if (best === null || better(item, best) < 0) best = item;
  return best;
}

export function headlinePickOf<T>(items: readonly T[], { info, better }: HeadlineOfOptions<T>): Headline<T> {
  const lasting: T[] = [];
  const leaving: T[] = [];
  for (const item of items) {
    const s = info(item).standing;
    if (s === "lasting") lasting.push(item);
    else if (s === "leaving") leaving.push(item);
  }
  const pick = bestOf(lasting, better);
  const soonest = bestOf(leaving, better);
  const beatsPick = soonest !== null && (pick === null || better(soonest, pick) < 0);
  if (!beatsPick) return { pick, sooner: null };
  const i = info(soonest);
  return { pick, sooner: { item: soonest, shutdownDate: i.shutdownDate as string, daysLeft: i.daysLeft as number } };
}

export function headlinePick<T>(items: readonly T[], { lifecycle, better, today }: HeadlineOptions<T>): Headline<T> {
  return headlinePickOf(items, { info: (item) => standingInfo(lifecycle(item), today), better });
}

/**
 * Sorts for a list that leads with what you can use: by standing first, then by the caller's
 * order within each group. Returns a new array.
 */
export function sortByStanding<T>(items: readonly T[], { lifecycle, better, today }: HeadlineOptions<T>): T[] {
  const rank = new Map(items.map((item) => [item, STANDING_ORDER[standing(lifecycle(item), today)]]));
  return [...items].sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number) || better(a, b));
}

export type StandingGroup<T> = { standing: Standing; items: T[] };

/**
 * Splits an already ordered list into its standing groups (lasting, leaving, gone; empty ones
 * left out), keeping the order inside each group: a column sort stays a sort within every group.
 * `standingOf` returns null for an item that goes with the one before it (a snapshot row under
 * its alias).
 */
export function groupByStanding<T>(items: readonly T[], standingOf: (item: T) => Standing | null): StandingGroup<T>[] {
  const groups: Record<Standing, T[]> = { lasting: [], leaving: [], gone: [] };
  let current: Standing = "lasting";
  for (const item of items) {
    current = standingOf(item) ?? current;
    groups[current].push(item);
  }
  return (Object.keys(STANDING_ORDER) as Standing[])
    .sort((a, b) => STANDING_ORDER[a] - STANDING_ORDER[b])
    .filter((s) => groups[s].length > 0)
    .map((s) => ({ standing: s, items: groups[s] }));
}

/**
 * The second line every view uses for a sooner-retiring winner:
 * "gpt-5-nano is $7.50 but shuts down on Dec 11, 2026 (in 9 days)."
 */
export function soonerNote(name: string, figure: string, sooner: Pick<SoonerPick<unknown>, "shutdownDate" | "daysLeft">): string {
  // A leaving model is callable today, so its shutdown is at least a day away.
  return `${name} is ${figure} but shuts down on ${formatDate(sooner.shutdownDate)} (in ${formatCount(sooner.daysLeft, "day")}).`;
}

/**
 * The line for a better item that can no longer be called, where a view shows it anyway (the
 * article's scenario includes retired models): "gpt-4.1-nano would be $9.00 but was shut down on
 * Oct 23, 2026." Never a recommendation; it says what the rule passed over and why.
 */
export function goneNote(name: string, figure: string, gone: Pick<StandingInfo, "shutdownDate" | "daysLeft">): string {
  const shutDown = gone.shutdownDate !== null && gone.daysLeft !== null && gone.daysLeft <= 0;
  return `${name} would be ${figure} but ${shutDown ? `was shut down on ${formatDate(gone.shutdownDate)}` : "is not known to be callable"}.`;
}
