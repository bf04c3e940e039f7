/**
 * The unit tests' catalog: eight made-up models in tests/fixtures/catalog/, read by the same
 * loader and zod schema as data/models, so a schema change that the fixture no longer meets
 * fails loudly here. Unit tests use it instead of data/: correcting a real price then breaks
 * only the tests whose point is the real data (catalog-data.test.ts, the article's table, e2e).
 * The fixture's README lists each model's role and its figures.
 */
import { FIXTURE_DIR } from "./fixture-load.test-helpers";
import { readCatalogDir } from "./load";
import type { CatalogFilters } from "./rows";
import type { CatalogEntry } from "./types";

export { FIXTURE_TODAY } from "./fixture-load.test-helpers";

export const fixtureCatalog: CatalogEntry[] = readCatalogDir(FIXTURE_DIR);

/** One fixture entry by ID; throws on a typo instead of handing a test `undefined`. */
export function fixtureEntry(id: string): CatalogEntry {
  const entry = fixtureCatalog.find((e) => e.id === id);
  if (!entry) throw new Error(`no model "${id}" in the fixture catalog`);
  return entry;
}

/** Catalog filters that keep every row: the starting point tests change one filter from. */
export const NO_FILTERS: CatalogFilters = {
  q: "",
  families: [],
  statuses: [],
  hideShutdown: false,
  reasoning: "any",
  image: "any",
  minContext: 0,
};
