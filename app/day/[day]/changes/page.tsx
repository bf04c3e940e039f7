import { dayCopyOf, todayParams } from "@/app/_lib/day-route";
import ChangesPage, { generateMetadata as viewMetadata } from "@/app/changes/page";

/** Today's prerendered /changes without a query (app/_lib/day-route.tsx says how, and why force-static). */
const copy = dayCopyOf(ChangesPage, viewMetadata);

export const dynamic = "force-static";
export const generateStaticParams = todayParams;
export const generateMetadata = copy.generateMetadata;
export default copy.Page;
