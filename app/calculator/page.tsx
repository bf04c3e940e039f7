import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { Calculator } from "@/components/calculator/calculator";
import { LinkProblemsNotice } from "@/components/share/link-problems-notice";
import { IgnoredParamsNotice } from "@/components/url/ignored-params-notice";
import { linkProblems } from "@/lib/url/link-guard";
import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { toCalculatorModels } from "@/lib/cost/calculator-models";
import { ignoredCalculatorParams, calculatorUrlKeys } from "@/lib/url/calculator";
import { shareMetadata } from "@/lib/share/metadata";
import { siteOrigin } from "@/lib/share/origin";
import { calculatorShare } from "@/lib/share/views";

/** Title, description and share image describe the linked state (see lib/share/views.ts). */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { title, description, query } = calculatorShare(await searchParams);
  return shareMetadata({ view: "calculator", path: "/calculator", title, description, query, origin: await siteOrigin() });
}

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
      <LinkProblemsNotice problems={linkProblems(params, Object.values(calculatorUrlKeys))} />
      <Calculator models={models} />
    </div>
  );
}
