/** A model's lifecycle as the planner states it: status, days until (or since) shutdown, in words. */
import { daysUntilShutdown, effectiveStatus } from "@/lib/catalog/lifecycle";
import type { Lifecycle, LifecycleStatus } from "@/lib/catalog/types";
import { formatDate } from "@/lib/format";

export type Countdown = {
  status: LifecycleStatus;
  days: number | null;
  /** Short: "50 days until shutdown", "Shut down 33 days ago", "No shutdown announced". */
  headline: string;
  /** The sentence with the date: "Shuts down on Jan 14, 2027 (today is Nov 25, 2026)." */
  text: string;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function countdown(lc: Lifecycle, today: string): Countdown {
  const status = effectiveStatus(lc, today);
  const days = daysUntilShutdown(lc, today);
  const date = lc.shutdownDate ? formatDate(lc.shutdownDate) : null;
  const todayText = `today is ${formatDate(today)}`;
  if (status === "shutdown") {
    const headline = days === null ? "Shut down" : days === 0 ? "Shut down today" : `Shut down ${plural(-days, "day")} ago`;
    return { status, days, headline, text: `Shut down${date ? ` on ${date}` : ""}: calls to it fail (${todayText}).` };
  }
  if (status === "deprecated") {
    return date && days !== null
      ? { status, days, headline: `${plural(days, "day")} until shutdown`, text: `Shuts down on ${date} (${todayText}).` }
      : { status, days, headline: "Deprecated", text: "Deprecated; no shutdown date published." };
  }
  if (status === "active")
    return { status, days, headline: "No shutdown announced", text: "Active: no deprecation in our sources." };
  return { status, days, headline: "Status unknown", text: "No deprecation or shutdown record in our sources." };
}
