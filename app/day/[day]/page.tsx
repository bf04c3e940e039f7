import { dayCopyOf, todayParams } from "@/app/_lib/day-route";
import CatalogPage, { generateMetadata as viewMetadata } from "@/app/page";

/** Today's prerendered / without a query (app/_lib/day-route.tsx says how, and why force-static). */
const copy = dayCopyOf(
  CatalogPage,
  viewMetadata,
  // The catalog's title names the site itself (the root page escapes the layout's template);
  // here, one segment down, the template would name it a second time.
  (metadata) => ({ ...metadata, title: { absolute: String(metadata.title) } }),
);

export const dynamic = "force-static";
export const generateStaticParams = todayParams;
export const generateMetadata = copy.generateMetadata;
export default copy.Page;
