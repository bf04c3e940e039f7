import type { Metadata } from "next";

import { assertToday, todayParams, type DayProps } from "@/app/_lib/day-route";
import { PRERENDERED_QUERY } from "@/app/_lib/view-route";
import CatalogPage, { generateMetadata as viewMetadata } from "@/app/page";

/**
 * Static whatever the components read: the islands' useSearchParams() sees an empty query here
 * (the proxy sends only query-less URLs) instead of bailing the page out to client rendering.
 */
export const dynamic = "force-static";

/** Today's prerendered / (app/_lib/day-route.ts): the proxy serves it for / without a query. */
export const generateStaticParams = todayParams;

export async function generateMetadata({ params }: DayProps): Promise<Metadata> {
  await assertToday(params);
  const metadata = await viewMetadata({ searchParams: PRERENDERED_QUERY });
  // The catalog's title names the site itself (the root page escapes the layout's template);
  // here, one segment down, the template would name it a second time.
  return { ...metadata, title: { absolute: String(metadata.title) } };
}

export default async function DayCatalogPage({ params }: DayProps) {
  await assertToday(params);
  return <CatalogPage searchParams={PRERENDERED_QUERY} />;
}
