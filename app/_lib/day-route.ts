import "server-only";

import { notFound } from "next/navigation";

import { getToday } from "@/lib/catalog/today";

/**
 * The pages under app/day/[day]/: today's prerendered copy of a page that depends only on the
 * day (lib/url/day-path.ts says which, and why). The proxy rewrites public URLs here and answers
 * /day/… itself with a 404, so a copy is only ever rendered for today.
 */
export type DayProps<P extends Record<string, string> = Record<string, never>> = { params: Promise<{ day: string } & P> };

/** Prerendered at build for the build's day; later days are rendered on their first request and kept. */
export function todayParams(): { day: string }[] {
  return [{ day: getToday() }];
}

/** Another day's copy is never rendered (the proxy already sends only today's way). */
export async function assertToday(params: Promise<{ day: string }>): Promise<void> {
  if ((await params).day !== getToday()) notFound();
}
