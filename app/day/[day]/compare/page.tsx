import { assertToday, todayParams, type DayProps } from "@/app/_lib/day-route";
import { PRERENDERED_QUERY } from "@/app/_lib/view-route";
import ComparePage, { generateMetadata as viewMetadata } from "@/app/compare/page";

/**
 * Static whatever the components read: the islands' useSearchParams() sees an empty query here
 * (the proxy sends only query-less URLs) instead of bailing the page out to client rendering.
 */
export const dynamic = "force-static";

/** Today's prerendered /compare (app/_lib/day-route.ts): the proxy serves it for /compare without a query. */
export const generateStaticParams = todayParams;

export async function generateMetadata({ params }: DayProps) {
  await assertToday(params);
  return viewMetadata({ searchParams: PRERENDERED_QUERY });
}

export default async function DayComparePage({ params }: DayProps) {
  await assertToday(params);
  return <ComparePage searchParams={PRERENDERED_QUERY} />;
}
