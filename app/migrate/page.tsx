import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { MigrateView } from "@/components/migrate/migrate-view";
import { LinkProblemsNotice } from "@/components/share/link-problems-notice";
import { IgnoredParamsNotice } from "@/components/url/ignored-params-notice";
import { linkProblems } from "@/lib/share/link-guard";
import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { toMigrationModel } from "@/lib/migrate/model";
import { allowedTargets } from "@/lib/migrate/options";
import { ignoredMigrateParams, migrateUrlKeys } from "@/lib/url/migrate";
import { shareMetadata } from "@/lib/share/metadata";
import { siteOrigin } from "@/lib/share/origin";
import { migrateShare } from "@/lib/share/views";

/** Title, description and share image describe the linked state (see lib/share/views.ts). */
export async function generateMetadata({ searchParams }: { searchParams: Promise<SearchParams> }): Promise<Metadata> {
  const { title, description, query } = migrateShare(await searchParams);
  return shareMetadata({ view: "migrate", path: "/migrate", title, description, query, origin: await siteOrigin() });
}

export default async function MigratePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const today = getToday();
  const catalog = loadCatalog();
  const models = catalog.map(toMigrationModel);
  const byId = new Map(models.map((m) => [m.id, m]));
  const ids = new Set(byId.keys());
  const ignored = ignoredMigrateParams(params, { ids, targetsOf: (from) => allowedTargets(byId.get(from), ids) });

  return (
    <div className="space-y-5">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Migration planner</h1>
        <p className="text-zinc-700 dark:text-zinc-300">
          Many small models from 2024 and 2025 are shut down or retiring. Pick the model ID you call today (alias or dated snapshot)
          to see how long it has left, what our sources name as its replacement and when they said so, what changes, and what your
          workload will cost before and after.
        </p>
      </div>
      <IgnoredParamsNotice ignored={ignored} />
      <LinkProblemsNotice problems={linkProblems(params, Object.values(migrateUrlKeys))} />
      <MigrateView models={models} today={today} verifiedOn={latestVerifiedOn(catalog)} />
    </div>
  );
}
