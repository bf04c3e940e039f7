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
import { catalogOn } from "./prices-on";

export const FIXTURE_DIR = path.join(process.cwd(), "tests", "fixtures", "catalog");

/** The day every lifecycle expectation in the unit tests is stated for (also the e2e pin). */
export const FIXTURE_TODAY = "2026-11-25";

/**
 * The real loader module with its catalog swapped for the fixture, read by its own readCatalogDir
 * and priced for the day asked (the fixture's "today" by default), like the real one.
 */
export function withFixtureCatalog(load: typeof Load, today = FIXTURE_TODAY): typeof Load {
  const files = load.readCatalogDir(FIXTURE_DIR);
  const loadCatalog = (day: string = today) => catalogOn(files, day);
  return {
    ...load,
    loadCatalog,
    loadFiledCatalog: () => files,
    findEntry: (id, day) => loadCatalog(day).find((e) => e.id === id),
  };
}
