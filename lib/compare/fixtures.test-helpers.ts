/** The compare table's test context and entry lookup (imported only by *.test.ts). */
import { findEntry, loadCatalog } from "@/lib/catalog/load";
import type { CatalogEntry } from "@/lib/catalog/types";
import type { CompareContext } from "./specs";
import type { CompareTable } from "./types";

const TODAY = "2026-11-25";
const knownIds = new Set(loadCatalog().map((e) => e.id));
export const ctx: CompareContext = {
  today: TODAY,
  knownIds,
  workload: { inputPerDay: 1_000_000, outputPerDay: 500_000, daysPerMonth: 30 },
  tier: "standard",
};
export const entries = (...ids: string[]) => ids.map((id) => findEntry(id) as CatalogEntry);
export const row = (t: CompareTable, key: string) => {
  const r = t.rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
};
