/**
 * The plain shapes the charts view works with. Built on the server from catalog entries
 * (models.ts) and handed to the client as props: numbers, strings and booleans only, no sources
 * map, no zod. Everything here is `import type`-safe for client code.
 */
import type { Standing } from "@/lib/catalog/headline";
import type { LifecycleStatus, ServiceTier } from "@/lib/catalog/types";
import type { TierRates } from "@/lib/cost/types";

export type { ServiceTier, TierRates };

/** One published benchmark score with the provenance a tooltip and the table need. */
export type ChartScore = {
  /** The benchmark's display name, e.g. "GPQA Diamond". */
  name: string;
  /** URL-safe key of the benchmark, e.g. "gpqa-diamond". */
  slug: string;
  value: number;
  unit: "%" | "index" | "score";
  setting: string | null;
  reportedBy: "self-reported" | "independent";
  reporter: string;
  sourceTitle: string;
  sourceUrl: string;
  /** ISO month or day; null when the source shows no date. */
  date: string | null;
};

/** Identity and lifecycle of one chart item: what labels, legends and tables show about it. */
export type ChartModelLabel = {
  /** The API ID drawn in the chart: the alias, the only ID, or (rarely) a dated snapshot. */
  id: string;
  displayName: string;
  kind: "alias" | "model" | "snapshot";
  /** For a snapshot item: the alias it belongs to (its selection follows the alias). */
  aliasId: string | null;
  size: "small" | "full-size";
  /** Lifecycle as of the server's today. */
  status: LifecycleStatus;
  shutdownDate: string | null;
  /** isCallable(...) as of today: active or deprecated. */
  callable: boolean;
  /** Lasting, leaving (shuts down within 90 days) or gone: how points are drawn, who counts for the frontier. */
  standing: Standing;
};

/** Everything the four charts need about one model. */
export type ChartModel = ChartModelLabel & {
  scores: ChartScore[];
  tiers: Record<ServiceTier, TierRates | null>;
  contextWindow: number | null;
  maxOutput: number | null;
};

export const CHART_IDS = ["bench", "price", "context", "quality"] as const;
export type ChartId = (typeof CHART_IDS)[number];
