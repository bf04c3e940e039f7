/** The fixture catalog as the planner sees it (imported only by *.test.ts). */
import { fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";
import type { Lifecycle, Source } from "@/lib/catalog/types";

import { toMigrationModel, type MigrationModel } from "./model";

export const models = fixtureCatalog.map(toMigrationModel);
export const byId: ReadonlyMap<string, MigrationModel> = new Map(models.map((m) => [m.id, m]));

/** One planner model by ID; throws on a typo. */
export function migrationModel(id: string): MigrationModel {
  const m = byId.get(id);
  if (!m) throw new Error(`no model "${id}" in the fixture catalog`);
  return m;
}

/** The maker's own guidance, as an official source (OpenAI's help center, say) would carry it: source key "maker". */
export const MAKER_GUIDANCE: Source = {
  url: "https://example.com/maker/guidance",
  title: "Maker: migration guidance",
  official: true,
  verifiedOn: "2026-11-20",
};

/** A fixture model whose sources name other replacements; readings may cite "maker" (official) or "page". */
export function naming(base: string, replacements: Lifecycle["replacements"]): MigrationModel {
  const from = migrationModel(base);
  return { ...from, lifecycle: { ...from.lifecycle, replacements }, sources: { ...from.sources, maker: MAKER_GUIDANCE } };
}
