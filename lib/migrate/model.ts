/**
 * The planner's view of one catalog ID: plain, serializable data the page builds on the server
 * (`toMigrationModel`) and the client plans with. Its own module so that the option lists
 * (options.ts) and the plan (plan.ts) both depend on it, never on each other.
 */
import type { CatalogEntry, Lifecycle, Modality, ReasoningEffort, Source } from "@/lib/catalog/types";
import { toPricedModel } from "@/lib/cost/priced-model";
import type { PricedModel } from "@/lib/cost/types";

export type MigrationModel = {
  id: string;
  displayName: string;
  kind: CatalogEntry["kind"];
  aliasId: string | null;
  size: CatalogEntry["size"];
  lifecycle: Lifecycle;
  /** Only the sources the lifecycle cites (status, replacements). */
  sources: Record<string, Source>;
  priced: PricedModel;
  contextWindow: number | null;
  maxInput: number | null;
  maxOutput: number | null;
  inputModalities: Modality[] | null;
  outputModalities: Modality[] | null;
  reasoning: { supported: boolean | null; efforts: ReasoningEffort[]; defaultEffort: ReasoningEffort | null };
  fineTuning: boolean | null;
  functionCalling: boolean | null;
  structuredOutputs: boolean | null;
  knowledgeCutoff: string | null;
  /** The data's notes on how function calling and reasoning behave (shown beside the request code). */
  notes: { functionCalling: string | null; reasoning: string | null };
};

export function toMigrationModel(entry: CatalogEntry): MigrationModel {
  const keys = [entry.lifecycle.source, ...entry.lifecycle.replacements.map((r) => r.source)];
  const sources: Record<string, Source> = {};
  for (const k of keys) if (entry.sources[k]) sources[k] = entry.sources[k];
  return {
    id: entry.id,
    displayName: entry.displayName,
    kind: entry.kind,
    aliasId: entry.aliasId,
    size: entry.size,
    lifecycle: entry.lifecycle,
    sources,
    priced: toPricedModel(entry),
    contextWindow: entry.limits.contextWindow.value,
    maxInput: entry.limits.maxInput.value,
    maxOutput: entry.limits.maxOutput.value,
    inputModalities: entry.modalities.input.value,
    outputModalities: entry.modalities.output.value,
    reasoning: {
      supported: entry.reasoning.supported.value,
      efforts: entry.reasoning.efforts,
      defaultEffort: entry.reasoning.defaultEffort,
    },
    fineTuning: entry.features.fineTuning.value,
    functionCalling: entry.features.functionCalling.value,
    structuredOutputs: entry.features.structuredOutputs.value,
    knowledgeCutoff: entry.knowledgeCutoff.value,
    notes: {
      functionCalling: entry.features.functionCalling.note ?? null,
      reasoning: entry.reasoning.supported.note ?? null,
    },
  };
}
