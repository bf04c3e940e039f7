import "server-only";

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { getToday } from "@/lib/catalog/today";

import { PRERENDERED_QUERY, type ViewProps } from "./view-route";

/**
 * The pages under app/day/[day]/: today's prerendered copy of a page that depends only on the
 * day (lib/url/day-path.ts says which, and why). The proxy rewrites public URLs here and answers
 * /day/… itself with a 404, so a copy is only ever rendered for today.
 *
 * Each such page exports `dynamic = "force-static"` (a literal: Next reads it statically): the
 * islands' useSearchParams() then sees an empty query (the proxy sends only query-less URLs
 * here) instead of bailing the whole page out to client rendering, so the first HTML keeps the
 * full content.
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

/**
 * A view's default state as a day page: its own page component and metadata, given the empty
 * prerendered query. `adjust` amends the metadata where the day segment changes its meaning.
 */
export function dayCopyOf(
  View: (props: ViewProps) => Promise<ReactNode>,
  viewMetadata: ((props: ViewProps) => Promise<Metadata>) | Metadata,
  adjust: (metadata: Metadata) => Metadata = (m) => m,
) {
  return {
    async generateMetadata({ params }: DayProps): Promise<Metadata> {
      await assertToday(params);
      const metadata =
        typeof viewMetadata === "function" ? await viewMetadata({ searchParams: PRERENDERED_QUERY }) : viewMetadata;
      return adjust(metadata);
    },
    async Page({ params }: DayProps) {
      await assertToday(params);
      return <View searchParams={PRERENDERED_QUERY} />;
    },
  };
}
