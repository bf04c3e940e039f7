/** The fixture catalog as the planner sees it (imported only by *.test.ts). */
import { fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { toMigrationModel, type MigrationModel } from "./model";

export const models = fixtureCatalog.map(toMigrationModel);
export const byId: ReadonlyMap<string, MigrationModel> = new Map(models.map((m) => [m.id, m]));

/** One planner model by ID; throws on a typo. */
export function migrationModel(id: string): MigrationModel {
  const m = byId.get(id);
  if (!m) throw new Error(`no model "${id}" in the fixture catalog`);
  return m;
}
