/**
 * Where the fixture catalog lives, and load.ts's API over it for tests of modules that call
 * loadCatalog() themselves (lib/share/views.ts, lib/compare/page-data.ts):
 *
 *   vi.mock("@/lib/catalog/load", async (importOriginal) =>
 *     (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()));
 *
 * No runtime import of load.ts here, so a vi.mock factory of load.ts may import this file.
 */
import path from "node:path";

import type * as Load from "./load";

export const FIXTURE_DIR = path.join(process.cwd(), "tests", "fixtures", "catalog");

/** The real loader module with its catalog swapped for the fixture, read by its own readCatalogDir. */
export function withFixtureCatalog(load: typeof Load): typeof Load {
  const catalog = load.readCatalogDir(FIXTURE_DIR);
  return { ...load, loadCatalog: () => catalog, findEntry: (id) => catalog.find((e) => e.id === id) };
}
