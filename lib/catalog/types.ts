/** Types shared by server and client. Type-only imports: nothing here ships zod. */
import type { ModelFile } from "./schema";

export type {
  Aka,
  Benchmark,
  Fact,
  Lifecycle,
  LifecycleStatus,
  Modality,
  ModelFile,
  Pricing,
  ReasoningEffort,
  Source,
  Speed,
  TierPrice,
} from "./schema";

/** One row of the catalog: a model ID as the API accepts it. */
export type CatalogEntry = Omit<ModelFile, "snapshots" | "aliasOf"> & {
  /** The file (model) this ID belongs to: the alias or the only ID. */
  modelId: string;
  /** alias: points to a dated snapshot; snapshot: a pinned version; model: no dated snapshots. */
  kind: "alias" | "snapshot" | "model";
  /** For snapshots: their alias. */
  aliasId: string | null;
  /** For aliases: the snapshot the alias currently points to. */
  resolvesTo: string | null;
  /** For aliases: every dated snapshot. */
  snapshotIds: string[];
};

export type ServiceTier = "standard" | "batch" | "flex" | "fast";
