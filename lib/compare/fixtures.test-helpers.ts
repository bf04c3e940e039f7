/** The compare table's test context and entry lookup, on the fixture catalog (imported only by *.test.ts). */
import { FIXTURE_TODAY, fixtureCatalog, fixtureEntry } from "@/lib/catalog/fixture.test-helpers";

import type { CompareContext } from "./specs";
import type { CompareTable } from "./types";

/** The article's workload (1M input + 500K output tokens a day, 30 days) at Standard prices. */
export const ctx: CompareContext = {
  day: FIXTURE_TODAY,
  knownIds: new Set(fixtureCatalog.map((e) => e.id)),
  workload: { inputPerDay: 1_000_000, outputPerDay: 500_000, daysPerMonth: 30 },
  tier: "standard",
};
export const entries = (...ids: string[]) => ids.map(fixtureEntry);
export const row = (t: CompareTable, key: string) => {
  const r = t.rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
};
