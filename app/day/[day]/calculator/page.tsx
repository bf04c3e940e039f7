import { assertToday, todayParams, type DayProps } from "@/app/_lib/day-route";
import { PRERENDERED_QUERY } from "@/app/_lib/view-route";
import CalculatorPage, { generateMetadata as viewMetadata } from "@/app/calculator/page";

/**
 * Static whatever the components read: the islands' useSearchParams() sees an empty query here
 * (the proxy sends only query-less URLs) instead of bailing the page out to client rendering.
 */
export const dynamic = "force-static";

/** Today's prerendered /calculator (app/_lib/day-route.ts): the proxy serves it for /calculator without a query. */
export const generateStaticParams = todayParams;

export async function generateMetadata({ params }: DayProps) {
  await assertToday(params);
  return viewMetadata({ searchParams: PRERENDERED_QUERY });
}

export default async function DayCalculatorPage({ params }: DayProps) {
  await assertToday(params);
  return <CalculatorPage searchParams={PRERENDERED_QUERY} />;
}
