import { assertToday, todayParams, type DayProps } from "@/app/_lib/day-route";
import { PRERENDERED_QUERY } from "@/app/_lib/view-route";
import UsagePage from "@/app/usage/page";

/**
 * Static whatever the components read: the islands' useSearchParams() sees an empty query here
 * (the proxy sends only query-less URLs) instead of bailing the page out to client rendering.
 */
export const dynamic = "force-static";

/** Today's prerendered /usage (app/_lib/day-route.ts): the proxy serves it for /usage without a query. */
export const generateStaticParams = todayParams;

export { metadata } from "@/app/usage/page";

export default async function DayUsagePage({ params }: DayProps) {
  await assertToday(params);
  return <UsagePage searchParams={PRERENDERED_QUERY} />;
}
