import { PageHeader } from "@/components/shell/page-header";
import { LinkNotices } from "@/components/url/link-notices";
import { Wizard } from "@/components/wizard/wizard";
import { wizardShare } from "@/lib/share/views";
import { WIZARD_PATH } from "@/lib/url/wizard";
import { loadWizardPage } from "@/lib/url/wizard-page";

import { viewRoute, type ViewProps } from "../_lib/view-route";

const route = viewRoute({ view: "wizard", path: WIZARD_PATH, load: loadWizardPage, share: wizardShare });

/** Title, description and share image describe the linked state (see lib/share/views.ts). */
export const generateMetadata = route.generateMetadata;

export default async function WizardPage({ searchParams }: ViewProps) {
  const page = await route.loadPage(searchParams);
  return (
    <div className="space-y-5">
      <PageHeader title="Choose a small model in four steps">
        The April 2025 article&apos;s decision process, run against today&apos;s catalog: what matters most, how large your inputs
        are, whether you need images, and your own workload and prompts. Shut-down models are never suggested; every pick says
        why. Your answers live in the link, so you can share or bookmark any step.
      </PageHeader>
      <LinkNotices ignored={page.ignored} problems={page.problems} />
      <Wizard
        candidates={page.candidates}
        today={page.today}
        verifiedOn={page.verifiedOn}
        facts={page.facts}
        landedFrom={page.landedFrom}
        initial={page.state}
      />
    </div>
  );
}
