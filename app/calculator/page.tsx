import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { Calculator } from "@/components/calculator/calculator";
import { IgnoredParamsNotice } from "@/components/url/ignored-params-notice";
import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { toCalculatorModels } from "@/lib/cost/calculator-models";
import { ignoredCalculatorParams } from "@/lib/url/calculator";

export const metadata: Metadata = {
  title: "Monthly cost calculator",
  description:
    "Price your monthly workload on every OpenAI small model: token volumes, prompt caching, service tiers, long-context surcharges and reasoning tokens, computed exactly.",
};

/**
 * Dynamic on purpose: the page reads the link's parameters, so its first HTML already shows the
 * linked workload's numbers (the client island renders the same state from the same URL).
 */
export default async function CalculatorPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const models = toCalculatorModels(loadCatalog(), getToday());
  const ignored = ignoredCalculatorParams(params, { ids: new Set(models.map((m) => m.id)) });

  return (
    <div className="space-y-5">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Monthly cost calculator</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          What will your workload cost per month on each model? Set volumes, prompt caching, reasoning tokens and the service
          tier; long requests are billed at published long-context surcharges, and requests a model cannot take are flagged.
          Every figure shows its working.
        </p>
      </div>
      <IgnoredParamsNotice ignored={ignored} />
      <Calculator models={models} />
    </div>
  );
}
