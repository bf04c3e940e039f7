import { dayCopyOf, todayParams } from "@/app/_lib/day-route";
import ComparePage, { generateMetadata as viewMetadata } from "@/app/compare/page";

/** Today's prerendered /compare without a query (app/_lib/day-route.tsx says how, and why force-static). */
const copy = dayCopyOf(ComparePage, viewMetadata);

export const dynamic = "force-static";
export const generateStaticParams = todayParams;
export const generateMetadata = copy.generateMetadata;
export default copy.Page;
