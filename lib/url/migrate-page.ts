import "server-only";

/**
 * The migration planner from its link: the sanitised state, the link report, and the models
 * the island plans with. Called once per request (see lib/url/page.ts).
 */
import type { SearchParams } from "nuqs/server";

import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { toMigrationModel, type MigrationModel } from "@/lib/migrate/model";
import { allowedTargets } from "@/lib/migrate/options";

import { migrateLink, type MigrateState } from "./migrate";
import { readLink, type ViewPage } from "./page";

export type MigratePage = ViewPage<MigrateState> & { models: MigrationModel[]; today: string };

export function loadMigratePage(searchParams: SearchParams): MigratePage {
  const catalog = loadCatalog();
  const models = catalog.map(toMigrationModel);
  const byId = new Map(models.map((m) => [m.id, m]));
  const ids = new Set(byId.keys());
  return {
    ...readLink(searchParams, migrateLink, { ids, targetsOf: (from) => allowedTargets(byId.get(from), ids) }),
    verifiedOn: latestVerifiedOn(catalog),
    models,
    today: getToday(),
  };
}
