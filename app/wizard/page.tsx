import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { LinkProblemsNotice } from "@/components/share/link-problems-notice";
import { IgnoredParamsNotice } from "@/components/url/ignored-params-notice";
import { linkProblems } from "@/lib/share/link-guard";
import { Wizard } from "@/components/wizard/wizard";
import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { wizardCandidates } from "@/lib/recommend/candidates";
import { stepFacts } from "@/lib/recommend/eligibility";
import { ignoredWizardParams, loadWizardParams, resolveStep, sanitizeWizardState, wizardUrlKeys } from "@/lib/url/wizard";
import { shareMetadata } from "@/lib/share/metadata";
import { siteOrigin } from "@/lib/share/origin";
import { wizardShare } from "@/lib/share/views";

/** Title, description and share image describe the linked state (see lib/share/views.ts). */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { title, description, query } = wizardShare(await searchParams);
  return shareMetadata({ view: "wizard", path: "/wizard", title, description, query, origin: await siteOrigin() });
}

export default async function WizardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const today = getToday();
  const catalog = loadCatalog();
  const candidates = wizardCandidates(catalog);
  const ignored = ignoredWizardParams(params);
  const { landedFrom } = resolveStep(sanitizeWizardState(loadWizardParams(params)));

  return (
    <div className="space-y-5">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Choose a small model in four steps</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          The April 2025 article&apos;s decision process, run against today&apos;s catalog: what matters most, how large your inputs
          are, whether you need images, and your own workload and prompts. Shut-down models are never suggested; every pick says
          why. Your answers live in the link, so you can share or bookmark any step.
        </p>
      </div>
      <IgnoredParamsNotice ignored={ignored} />
      <LinkProblemsNotice problems={linkProblems(params, Object.values(wizardUrlKeys))} />
      <Wizard candidates={candidates} today={today} verifiedOn={latestVerifiedOn(catalog)} facts={stepFacts(candidates, today)} landedFrom={landedFrom} />
    </div>
  );
}
