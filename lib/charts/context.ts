/** Context chart data: context window and max output per model, largest window first. */
import { pickLabel } from "./labels";
import type { ChartModel, ChartModelLabel } from "./types";

export type ContextBar = ChartModelLabel & { contextWindow: number | null; maxOutput: number | null };
export type ContextChart = {
  bars: ContextBar[];
  notPublished: ChartModelLabel[];
  gaps: { key: "contextWindow" | "maxOutput"; models: string[] }[];
};

export function buildContextChart(shown: readonly ChartModel[]): ContextChart {
  const bars: ContextBar[] = [];
  const notPublished: ChartModelLabel[] = [];
  for (const m of shown) {
    if (m.kind === "snapshot") continue; // limits are the model's, shared by its snapshots
    if (m.contextWindow === null && m.maxOutput === null) notPublished.push(pickLabel(m));
    else bars.push({ ...pickLabel(m), contextWindow: m.contextWindow, maxOutput: m.maxOutput });
  }
  const desc = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);
  bars.sort((a, b) => desc(a.contextWindow, b.contextWindow) || desc(a.maxOutput, b.maxOutput) || a.id.localeCompare(b.id, "en"));
  const gaps = (["contextWindow", "maxOutput"] as const)
    .map((key) => ({ key, models: bars.filter((b) => b[key] === null).map((b) => b.id) }))
    .filter((g) => g.models.length > 0);
  return { bars, notPublished, gaps };
}
