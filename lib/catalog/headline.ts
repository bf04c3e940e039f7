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

import { daysUntilShutdown, effectiveStatus, RETIRING_SOON_DAYS } from "./lifecycle";
import type { Lifecycle } from "./types";

/**
 * - lasting: callable, and no shutdown within RETIRING_SOON_DAYS (day 90 itself counts as soon,
 *   like the "retiring soon" badge, so a crowned model never carries that badge);
 * - leaving: callable today, but shuts down within the horizon;
 * - gone: shut down, or a status nobody can vouch for ("unknown" is not safe to recommend).
 */
export type Standing = "lasting" | "leaving" | "gone";

export function standing(lifecycle: Lifecycle, today: string): Standing {
  const status = effectiveStatus(lifecycle, today);
  if (status === "shutdown" || status === "unknown") return "gone";
  const days = daysUntilShutdown(lifecycle, today);
  return days !== null && days <= RETIRING_SOON_DAYS ? "leaving" : "lasting";
}

/** Order of standings where a list leads with what you can use: lasting, leaving, gone. */
export const STANDING_ORDER: Record<Standing, number> = { lasting: 0, leaving: 1, gone: 2 };

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

export type HeadlineOptions<T> = {
  lifecycle: (item: T) => Lifecycle;
  /** Negative when a is better than b (Array.prototype.sort's convention, best first). */
  better: (a: T, b: T) => number;
  today: string;
};

/** Best first by `better`, stable for ties (the earlier item wins). */
function bestOf<T>(items: readonly T[], better: (a: T, b: T) => number): T | null {
  let best: T | null = null;
  for (const item of items) if (best === null || better(item, best) < 0) best = item;
  return best;
}

export function headlinePick<T>(items: readonly T[], { lifecycle, better, today }: HeadlineOptions<T>): Headline<T> {
  const lasting: T[] = [];
  const leaving: T[] = [];
  for (const item of items) {
    const s = standing(lifecycle(item), today);
    if (s === "lasting") lasting.push(item);
    else if (s === "leaving") leaving.push(item);
  }
  const pick = bestOf(lasting, better);
  const soonest = bestOf(leaving, better);
  const beatsPick = soonest !== null && (pick === null || better(soonest, pick) < 0);
  if (!beatsPick) return { pick, sooner: null };
  const lc = lifecycle(soonest);
  return {
    pick,
    sooner: { item: soonest, shutdownDate: lc.shutdownDate as string, daysLeft: daysUntilShutdown(lc, today) as number },
  };
}

/**
 * Sorts for a list that leads with what you can use: by standing first, then by the caller's
 * order within each group. Returns a new array.
 */
export function sortByStanding<T>(items: readonly T[], { lifecycle, better, today }: HeadlineOptions<T>): T[] {
  const rank = new Map(items.map((item) => [item, STANDING_ORDER[standing(lifecycle(item), today)]]));
  return [...items].sort((a, b) => (rank.get(a) as number) - (rank.get(b) as number) || better(a, b));
}

/**
 * The second line every view uses for a sooner-retiring winner:
 * "gpt-5-nano is $7.50 but shuts down on Dec 11, 2026 (in 9 days)."
 */
export function soonerNote(name: string, figure: string, sooner: Pick<SoonerPick<unknown>, "shutdownDate" | "daysLeft">): string {
  // A leaving model is callable today, so its shutdown is at least a day away.
  return `${name} is ${figure} but shuts down on ${formatDate(sooner.shutdownDate)} (in ${formatCount(sooner.daysLeft, "day")}).`;
}
