import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins class names. Callers never pass two utilities for the same property ("px-3" with "p-2",
 * "text-sm" with "text-xs"): tailwind-merge used to settle such conflicts in the browser, but
 * building its class map and parsing every class list was 10–20 ms of thread time in each page's
 * hydration (docs/performance.md, third pass) and ~10 KB (gzip) of every page's first load.
 *
 * Outside production builds (the dev server, unit tests), and in a production build made with
 * NAVIGATOR_CHECK_CLASSES=1 (how the e2e suite was audited), every call is checked against
 * tailwind-merge and a conflict throws, naming the classes. In a normal production build the
 * check is dead code and tailwind-merge is not bundled.
 */
export function cn(...inputs: ClassValue[]): string {
  const joined = clsx(inputs);
  if (process.env.NODE_ENV !== "production" || process.env.NAVIGATOR_CHECK_CLASSES === "1") {
    const lost = overriddenClasses(joined);
    if (lost.length) throw new Error(`cn: "${lost.join(" ")}" would be overridden by a later class in "${joined}"`);
  }
  return joined;
}

/**
 * The classes of a class list that a later class in the same list overrides (what
 * tailwind-merge would drop). A class repeated verbatim is not a conflict.
 */
export function overriddenClasses(classList: string): string[] {
  const kept = new Set(twMerge(classList).split(/\s+/));
  return [...new Set(classList.split(/\s+/).filter((c) => c && !kept.has(c)))];
}
