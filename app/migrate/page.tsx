import { MigrateView } from "@/components/migrate/migrate-view";
import { PageHeader } from "@/components/shell/page-header";
import { LinkNotices } from "@/components/url/link-notices";
import { migrateShare } from "@/lib/share/views";
import { MIGRATE_PATH } from "@/lib/url/migrate";
import { loadMigratePage } from "@/lib/url/migrate-page";

import { viewRoute, type ViewProps } from "../_lib/view-route";

const route = viewRoute({ view: "migrate", path: MIGRATE_PATH, load: loadMigratePage, share: migrateShare });

/** Title, description and share image describe the linked state (see lib/share/views.ts). */
export const generateMetadata = route.generateMetadata;

export default async function MigratePage({ searchParams }: ViewProps) {
  const page = await route.loadPage(searchParams);
  return (
    <div className="space-y-5">
      <PageHeader title="Migration planner">
        Many small models from 2024 and 2025 are shut down or retiring. Pick the model ID you call today (alias or dated snapshot)
        to see how long it has left, what our sources name as its replacement and when they said so, what changes, and what your
        workload will cost before and after.
      </PageHeader>
      <LinkNotices ignored={page.ignored} problems={page.problems} />
      <MigrateView models={page.models} today={page.today} verifiedOn={page.verifiedOn} initial={page.state} />
    </div>
  );
}
