/**
 * The calculator's rows: one per model (alias or un-versioned ID). Dated snapshots priced the
 * same as their alias would only repeat its numbers, so they are left out; a snapshot with its
 * own prices (gpt-4o-2024-05-13, gpt-4o-2024-11-20) is a row of its own, shown on request.
 * Built on the server from catalog entries; the result is plain data for the client.
 */
import { lifecycleOn, type StandingInfo } from "@/lib/catalog/headline";
import { isCallableStatus, type StatusOn } from "@/lib/catalog/lifecycle";
import type { CatalogEntry } from "@/lib/catalog/types";

import { toPricedModel } from "./priced-model";
import type { PricedModel } from "./types";

export type CalculatorModel = PricedModel & {
  displayName: string;
  kind: CatalogEntry["kind"];
  /** For snapshots: their alias. */
  aliasId: string | null;
  size: CatalogEntry["size"];
  /** On the day priced (today, or the link's "as of" day). */
  status: StatusOn;
  shutdownDate: string | null;
  /** Not callable that day (shut down, unknown status, not yet released): shown only on request. */
  retired: boolean;
  /** Lasting, leaving or gone on the day priced: who may be named the cheapest (headline.ts). */
  outlook: StandingInfo;
  replacement: string | null;
};

/** Fields of a price that billing does not depend on (a snapshot and its alias may date the same price differently). */
const NOT_BILLED = new Set(["source", "note", "effectiveFrom"]);

/** The numbers of a pricing block: what billing depends on. */
function priceFigures(p: CatalogEntry["pricing"]): string {
  return JSON.stringify(p, (key, value) => (NOT_BILLED.has(key) ? undefined : value));
}

/** `entries` priced on `day` (loadCatalog(day)), each model's standing that day. */
export function toCalculatorModels(entries: CatalogEntry[], day: string): CalculatorModel[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const models: CalculatorModel[] = [];
  for (const e of entries) {
    if (e.kind === "snapshot") {
      const alias = e.aliasId ? byId.get(e.aliasId) : undefined;
      if (alias && priceFigures(alias.pricing) === priceFigures(e.pricing)) continue;
    }
    const { status, outlook } = lifecycleOn(e, day);
    models.push({
      ...toPricedModel(e),
      displayName: e.displayName,
      kind: e.kind,
      aliasId: e.aliasId,
      size: e.size,
      status,
      shutdownDate: e.lifecycle.shutdownDate,
      retired: !isCallableStatus(status),
      outlook,
      replacement: e.lifecycle.replacements[0]?.id ?? null,
    });
  }
  return models;
}
