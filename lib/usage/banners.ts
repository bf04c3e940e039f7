/**
 * A retiring model in the file gets a banner: its shutdown date and what its usage would cost
 * on the replacement the catalog recommends ("gpt-4o-mini shuts down on 2027-01-14. Your 30
 * days would cost $X on GPT-6 Luna (−Y %)"), and on the cheapest model by the headline rule
 * (lib/catalog/headline.ts): the cheapest that lasts past the warning horizon, with a cheaper
 * one that shuts down sooner named second. The banner never suggests a leaving model.
 */
import { headlinePick, standing, type SoonerPick } from "@/lib/catalog/headline";
import { Dec } from "@/lib/cost/decimal";

import { CatalogIndex, type UsageCatalog } from "./catalog";
import { repriceUsage, type ReasoningAssumption, type RepriceRow } from "./reprice";
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
  /**
   * The cheapest complete row (tiers as run) that lasts, and a cheaper one that shuts down
   * sooner (named second, never suggested).
   */
  cheapest: PricedRow | null;
  sooner: SoonerPick<PricedRow> | null;
  /**
   * What the banner suggests: the recommended replacement when it can be priced and lasts,
   * else the cheapest lasting model; null when neither exists.
   */
  suggestion: { row: PricedRow; recommended: boolean } | null;
};

/** The headline rule over complete rows, cheapest first (ties: catalog order). */
function cheapestByHeadline(rows: readonly RepriceRow[], index: CatalogIndex, today: string) {
  const priced = rows.filter((r): r is PricedRow => r.ok && r.tier === "as-run" && r.complete);
  return headlinePick(priced, {
    lifecycle: (r) => index.get(r.targetId)!.lifecycle,
    better: (a, b) => new Dec(a.monthly).cmp(b.monthly),
    today,
  });
}

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
    const headline = cheapestByHeadline(reprice.rows, index, options.today);
    const recommended = replacement?.row ?? null;
    const recommendedLasts =
      recommended !== null && standing(index.get(recommended.targetId)!.lifecycle, options.today) === "lasting";
    banners.push({
      familyId,
      displayName: family.displayName,
      fileIds,
      lifecycle,
      current: { monthly: reprice.current.monthly, complete: reprice.current.complete },
      replacement,
      cheapest: headline.pick,
      sooner: headline.sooner,
      suggestion: recommendedLasts
        ? { row: recommended, recommended: true }
        : headline.pick
          ? { row: headline.pick, recommended: false }
          : null,
    });
  }
  return banners.sort(
    (a, b) =>
      (a.lifecycle.shutdownDate ?? "").localeCompare(b.lifecycle.shutdownDate ?? "") || a.familyId.localeCompare(b.familyId),
  );
}
