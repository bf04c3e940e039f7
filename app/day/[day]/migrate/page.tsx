import { dayCopyOf, todayParams } from "@/app/_lib/day-route";
import MigratePage, { generateMetadata as viewMetadata } from "@/app/migrate/page";

/** Today's prerendered /migrate without a query (app/_lib/day-route.tsx says how, and why force-static). */
const copy = dayCopyOf(MigratePage, viewMetadata);

export const dynamic = "force-static";
export const generateStaticParams = todayParams;
export const generateMetadata = copy.generateMetadata;
export default copy.Page;
