import { dayCopyOf, todayParams } from "@/app/_lib/day-route";
import WizardPage, { generateMetadata as viewMetadata } from "@/app/wizard/page";

/** Today's prerendered /wizard without a query (app/_lib/day-route.tsx says how, and why force-static). */
const copy = dayCopyOf(WizardPage, viewMetadata);

export const dynamic = "force-static";
export const generateStaticParams = todayParams;
export const generateMetadata = copy.generateMetadata;
export default copy.Page;
