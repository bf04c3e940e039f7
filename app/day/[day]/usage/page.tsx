import { dayCopyOf, todayParams } from "@/app/_lib/day-route";
import UsagePage, { metadata as viewMetadata } from "@/app/usage/page";

/** Today's prerendered /usage without a query (app/_lib/day-route.tsx says how, and why force-static). */
const copy = dayCopyOf(UsagePage, viewMetadata);

export const dynamic = "force-static";
export const generateStaticParams = todayParams;
export const generateMetadata = copy.generateMetadata;
export default copy.Page;
