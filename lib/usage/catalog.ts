/**
 * The few catalog facts repricing needs, per model ID, as plain data a Web Worker can receive
 * (built on the server from the catalog; no sources, benchmarks or zod). And how a model ID from
 * an export is found in it: aliases, dated snapshots, fine-tuned models and unknown IDs.
 */
import type { CatalogEntry, Lifecycle } from "@/lib/catalog/types";
import { toPricedModel } from "@/lib/cost/priced-model";
import type { PricedModel } from "@/lib/cost/types";

import { NO_MODEL } from "./cells";

export type UsageModel = {
  id: string;
  displayName: string;
  kind: CatalogEntry["kind"];
  /** For snapshots: their alias. */
  aliasId: string | null;
  /** For aliases: the snapshot the alias points to. */
  resolvesTo: string | null;
  priced: PricedModel;
  lifecycle: Lifecycle;
  /** null: not published. */
  imageInput: boolean | null;
  reasoning: boolean | null;
  /** The catalog's note on the cache-write price (e.g. how it relates to the input price). */
  cacheWriteNote: string | null;
};

export type UsageCatalog = { models: UsageModel[] };

export function toUsageCatalog(entries: readonly CatalogEntry[]): UsageCatalog {
  return {
    models: entries.map((e) => ({
      id: e.id,
      displayName: e.displayName,
      kind: e.kind,
      aliasId: e.aliasId,
      resolvesTo: e.resolvesTo,
      priced: toPricedModel(e),
      lifecycle: e.lifecycle,
      imageInput: e.modalities.input.value === null ? null : e.modalities.input.value.includes("image"),
      reasoning: e.reasoning.supported.value,
      cacheWriteNote: e.pricing.cacheWrite?.note ?? null,
    })),
  };
}

export type Resolution =
  | { known: true; model: UsageModel; /** The alias for a snapshot, else the model itself. */ family: UsageModel }
  | { known: false; reason: "no-model" | "fine-tuned" | "not-in-catalog"; base: string | null; message: string };

/** Looks models up by ID; build once per analysis. */
export class CatalogIndex {
  private readonly byId = new Map<string, UsageModel>();

  constructor(readonly catalog: UsageCatalog) {
    for (const m of catalog.models) this.byId.set(m.id, m);
  }

  get(id: string): UsageModel | undefined {
    return this.byId.get(id) ?? this.byId.get(id.toLowerCase());
  }

  resolve(id: string): Resolution {
    if (id === NO_MODEL) {
      return {
        known: false,
        reason: "no-model",
        base: null,
        message: "These records do not name their model (the export was not grouped by model).",
      };
    }
    const model = this.get(id);
    if (model) return { known: true, model, family: (model.aliasId && this.get(model.aliasId)) || model };
    // ft:<base model>:<organisation>:<suffix>:<job id>
    const ft = /^ft:([^:]+)/.exec(id);
    if (ft) {
      const base = ft[1]!;
      return {
        known: false,
        reason: "fine-tuned",
        base,
        message: `A fine-tuned model (from ${base}): fine-tuned models are billed at their own rates, which the catalog does not list.`,
      };
    }
    return {
      known: false,
      reason: "not-in-catalog",
      base: null,
      message: `${id} is not in the catalog, so its usage cannot be priced.`,
    };
  }

  /** Two IDs name the same priced model: equal, or an alias and the snapshot it points to. */
  same(a: string, b: string): boolean {
    if (a === b) return true;
    const ma = this.get(a);
    const mb = this.get(b);
    if (!ma || !mb) return false;
    return ma.id === mb.id || ma.resolvesTo === mb.id || mb.resolvesTo === ma.id;
  }
}
