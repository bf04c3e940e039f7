/**
 * A retiring model in the file gets a banner: its shutdown date and what its usage would cost
 * on the replacement the catalog recommends ("gpt-4o-mini shuts down on 2027-01-14. Your 30
 * days would cost $X on GPT-6 Luna (−Y %)"), and on the cheapest active model as a fallback
 * when the recommended one is not in the catalog or cannot be priced.
 */
import { CatalogIndex, type UsageCatalog } from "./catalog";
import { cheapestActive, repriceUsage, type ReasoningAssumption, type RepriceRow } from "./reprice";
import { lifecycleOf, type ModelLifecycle } from "./summary";
import type { UsageAggregate } from "./types";

type PricedRow = Extract<RepriceRow, { ok: true }>;

export type RetirementBanner = {
  /** The alias (or un-versioned ID) of the retiring model. */
  familyId: string;
  displayName: string;
  /** The IDs the file uses for it (alias and/or snapshots). */
  fileIds: string[];
  lifecycle: ModelLifecycle;
  /** This model's usage at its own prices, per 30 days. */
  current: { monthly: string; complete: boolean };
  replacement: {
    id: string;
    displayName: string | null;
    inCatalog: boolean;
    /** The same usage on the replacement, tiers as run; null with `message` when it cannot be priced. */
    row: PricedRow | null;
    message: string | null;
  } | null;
  cheapest: PricedRow | null;
};

export function retirementBanners(
  aggregate: UsageAggregate,
  catalog: UsageCatalog | CatalogIndex,
  options: { today: string; reasoning?: ReasoningAssumption | null },
): RetirementBanner[] {
  const index = catalog instanceof CatalogIndex ? catalog : new CatalogIndex(catalog);
  const families = new Map<string, string[]>();
  for (const cell of aggregate.cells) {
    const r = index.resolve(cell.model);
    if (!r.known || !r.model.lifecycle.shutdownDate) continue;
    const ids = families.get(r.family.id) ?? [];
    if (!ids.includes(cell.model)) ids.push(cell.model);
    families.set(r.family.id, ids);
  }
  const banners: RetirementBanner[] = [];
  for (const [familyId, ids] of families) {
    const fileIds = [...ids].sort();
    const family = index.get(familyId)!;
    const reprice = repriceUsage(aggregate, index, {
      today: options.today,
      models: fileIds,
      tiers: ["as-run"],
      reasoning: options.reasoning,
    });
    const lifecycle = lifecycleOf(index.get(fileIds[0]!)!.lifecycle, options.today);
    let replacement: RetirementBanner["replacement"] = null;
    if (lifecycle.replacementId) {
      const target = index.get(lifecycle.replacementId);
      const row = reprice.rows.find((r) => r.targetId === lifecycle.replacementId);
      let message: string | null = null;
      if (!target) message = `${lifecycle.replacementId} is not in the catalog yet, so it cannot be priced.`;
      else if (!row) message = `${target.id} cannot be called on ${options.today}.`;
      else if (!row.ok) message = row.message;
      replacement = {
        id: lifecycle.replacementId,
        displayName: target?.displayName ?? null,
        inCatalog: target !== undefined,
        row: row?.ok ? row : null,
        message,
      };
    }
    banners.push({
      familyId,
      displayName: family.displayName,
      fileIds,
      lifecycle,
      current: { monthly: reprice.current.monthly, complete: reprice.current.complete },
      replacement,
      cheapest: cheapestActive(reprice.rows),
    });
  }
  return banners.sort(
    (a, b) =>
      (a.lifecycle.shutdownDate ?? "").localeCompare(b.lifecycle.shutdownDate ?? "") || a.familyId.localeCompare(b.familyId),
  );
}
