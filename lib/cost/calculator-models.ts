/**
 * The calculator's rows: one per model (alias or un-versioned ID). Dated snapshots priced the
 * same as their alias would only repeat its numbers, so they are left out; a snapshot with its
 * own prices (gpt-4o-2024-05-13, gpt-4o-2024-11-20) is a row of its own, shown on request.
 * Built on the server from catalog entries; the result is plain data for the client.
 */
import { standingInfo, type StandingInfo } from "@/lib/catalog/headline";
import { effectiveStatus, isCallable } from "@/lib/catalog/lifecycle";
import type { CatalogEntry, LifecycleStatus } from "@/lib/catalog/types";

import { toPricedModel } from "./priced-model";
import type { PricedModel } from "./types";

export type CalculatorModel = PricedModel & {
  displayName: string;
  kind: CatalogEntry["kind"];
  /** For snapshots: their alias. */
  aliasId: string | null;
  size: CatalogEntry["size"];
  status: LifecycleStatus;
  shutdownDate: string | null;
  /** Shut down, or of unknown status: cannot be recommended (shown only on request). */
  retired: boolean;
  /** Lasting, leaving or gone as of the server's today: who may be named the cheapest (headline.ts). */
  outlook: StandingInfo;
  replacement: string | null;
};

/** The numbers of a pricing block, without sources and notes: what billing depends on. */
function priceFigures(p: CatalogEntry["pricing"]): string {
  return JSON.stringify(p, (key, value) => (key === "source" || key === "note" ? undefined : value));
}

export function toCalculatorModels(entries: CatalogEntry[], today: string): CalculatorModel[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const models: CalculatorModel[] = [];
  for (const e of entries) {
    if (e.kind === "snapshot") {
      const alias = e.aliasId ? byId.get(e.aliasId) : undefined;
      if (alias && priceFigures(alias.pricing) === priceFigures(e.pricing)) continue;
    }
    models.push({
      ...toPricedModel(e),
      displayName: e.displayName,
      kind: e.kind,
      aliasId: e.aliasId,
      size: e.size,
      status: effectiveStatus(e.lifecycle, today),
      shutdownDate: e.lifecycle.shutdownDate,
      retired: !isCallable(e.lifecycle, today),
      outlook: standingInfo(e.lifecycle, today),
      replacement: e.lifecycle.replacements[0]?.id ?? null,
    });
  }
  return models;
}
