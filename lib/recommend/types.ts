/**
 * Types of the wizard's ranking. Plain, serializable data: the page builds candidates on the
 * server (`toCandidate`) and the client island re-ranks them as answers change.
 */
import type { Headline } from "@/lib/catalog/headline";
import type { Lifecycle, LifecycleStatus, Modality, ReasoningEffort } from "@/lib/catalog/types";
import type { CostResult, PricedModel, Workload } from "@/lib/cost/types";

export const PRIORITIES = ["quality", "speed", "cost"] as const;
export type Priority = (typeof PRIORITIES)[number];

/** Complete answers to the four steps, as the ranking needs them. */
export type WizardAnswers = {
  primary: Priority;
  /** Decides between options that are about equal on the primary; null = no second priority. */
  secondary: Priority | null;
  /** Tokens in a typical request: prices long-context surcharges. */
  typicalInputTokens: number;
  /** Tokens in the largest request: models that cannot take it are ruled out. */
  largestInputTokens: number;
  images: boolean;
  audio: boolean;
  workload: Workload;
};

/** The benchmark the wizard ranks quality by; see QUALITY_BENCHMARKS in candidates.ts. */
export type QualitySignal = {
  benchmark: string;
  /** Percent. */
  value: number;
  /** Effort level or harness the score was measured at, e.g. "xhigh". */
  setting: string | null;
  reporter: string;
};

export type SpeedSignal = { tokensPerSecond: number; measuredBy: string; provider: string };

/** What the ranking knows about one model ID (alias or model; snapshots are ranked via their alias). */
export type Candidate = {
  id: string;
  displayName: string;
  kind: "alias" | "snapshot" | "model";
  size: "small" | "full-size";
  lifecycle: Lifecycle;
  contextWindow: number | null;
  maxInput: number | null;
  maxOutput: number | null;
  inputModalities: Modality[] | null;
  quality: QualitySignal | null;
  speed: SpeedSignal | null;
  priced: PricedModel;
  releaseDate: string | null;
  reasoning: { supported: boolean | null; efforts: ReasoningEffort[]; defaultEffort: ReasoningEffort | null };
};

export type Money = Extract<CostResult, { ok: true }>;

export type RankedModel = {
  candidate: Candidate;
  status: LifecycleStatus;
  daysToShutdown: number | null;
  retiringSoon: boolean;
  cost: Money;
  /** maxInput when published, else the context window: the largest request the model accepts. */
  inputLimit: number;
};

export type LifecycleWarning = { tone: "warn" | "info"; text: string };

export type Pick = RankedModel & {
  rank: number;
  /** Why it is on the list. */
  why: string;
  /** What it gives up against the other picks. */
  givesUp: string[];
  /** When another model would win. */
  whenOther: string[];
  warnings: LifecycleWarning[];
};

export type ExclusionCode =
  | "full-size"
  | "shutdown"
  | "status-unknown"
  | "context-too-small"
  | "context-unknown"
  | "no-image-input"
  | "image-input-unknown"
  | "no-audio-input"
  | "no-price";

export type RuledOut = {
  id: string;
  displayName: string;
  status: LifecycleStatus;
  reasons: { code: ExclusionCode; text: string }[];
};

export type Recommendation = {
  shortlist: Pick[];
  /**
   * The headline rule (lib/catalog/headline.ts) on the ranking: `pick` is the first model of the
   * ranking that stays callable past 90 days (null when none fits: the shortlist then holds only
   * retiring models, and a note says so); `sooner` the best retiring model on the first priority
   * when it beats the pick, named second with its date.
   */
  headline: Headline<RankedModel>;
  /** Every eligible model in ranked order (the shortlist is its head). */
  ranked: RankedModel[];
  ruledOut: RuledOut[];
  /** Caveats that apply to the whole result (audio, reasoning tokens, long context). */
  notes: string[];
};
