import { dayCopyOf, todayParams } from "@/app/_lib/day-route";
import ChartsPage, { generateMetadata as viewMetadata } from "@/app/charts/page";

/** Today's prerendered /charts without a query (app/_lib/day-route.tsx says how, and why force-static). */
const copy = dayCopyOf(ChartsPage, viewMetadata);

export const dynamic = "force-static";
export const generateStaticParams = todayParams;
export const generateMetadata = copy.generateMetadata;
export default copy.Page;
