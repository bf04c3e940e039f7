import { dayCopyOf, todayParams } from "@/app/_lib/day-route";
import CalculatorPage, { generateMetadata as viewMetadata } from "@/app/calculator/page";

/** Today's prerendered /calculator without a query (app/_lib/day-route.tsx says how, and why force-static). */
const copy = dayCopyOf(CalculatorPage, viewMetadata);

export const dynamic = "force-static";
export const generateStaticParams = todayParams;
export const generateMetadata = copy.generateMetadata;
export default copy.Page;
