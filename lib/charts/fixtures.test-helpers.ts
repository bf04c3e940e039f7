/** Hand-made chart models for unit tests (not shipped: imported only by *.test.ts). */
import type { ChartModel, ChartScore } from "./types";

export function score(partial: Partial<ChartScore> & Pick<ChartScore, "name" | "value">): ChartScore {
  return {
    slug: partial.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    unit: "%",
    setting: null,
    reportedBy: "self-reported",
    reporter: "OpenAI",
    sourceTitle: "Source",
    sourceUrl: "https://example.com/",
    date: "2025-04-14",
    ...partial,
  };
}

export function model(id: string, partial: Partial<ChartModel> = {}): ChartModel {
  return {
    id,
    displayName: id,
    kind: "alias",
    aliasId: null,
    size: "small",
    status: "active",
    shutdownDate: null,
    callable: true,
    standing: "lasting",
    scores: [],
    tiers: { standard: { input: 1, cachedInput: 0.5, output: 4 }, batch: null, flex: null, fast: null },
    contextWindow: 128_000,
    maxOutput: 16_384,
    ...partial,
  };
}
