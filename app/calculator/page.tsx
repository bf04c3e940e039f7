import { Calculator } from "@/components/calculator/calculator";
import { PageHeader } from "@/components/shell/page-header";
import { LinkNotices } from "@/components/url/link-notices";
import { calculatorShare } from "@/lib/share/views";
import { CALCULATOR_PATH } from "@/lib/url/calculator";
import { loadCalculatorPage } from "@/lib/url/calculator-page";

import { viewRoute, type ViewProps } from "../_lib/view-route";

const route = viewRoute({ view: "calculator", path: CALCULATOR_PATH, load: loadCalculatorPage, share: calculatorShare });

/** Title, description and share image describe the linked state (see lib/share/views.ts). */
export const generateMetadata = route.generateMetadata;

/**
 * Dynamic on purpose: the page reads the link's parameters, so its first HTML already shows the
 * linked workload's numbers (the client island renders the same state from the same URL).
 */
export default async function CalculatorPage({ searchParams }: ViewProps) {
  const page = await route.loadPage(searchParams);
  return (
    <div className="space-y-5">
      <PageHeader title="Monthly cost calculator">
        What will your workload cost per month on each model? Set volumes, prompt caching, reasoning tokens and the service tier;
        long requests are billed at published long-context surcharges, and requests a model cannot take are flagged. Every figure
        shows its working.
      </PageHeader>
      <LinkNotices ignored={page.ignored} problems={page.problems} />
      <Calculator models={page.models} initial={page.state} today={page.today} />
    </div>
  );
}
