/**
 * How the wizard words a model's quality and speed. Free of decimal.js (unlike rank.ts) so the
 * wizard's client steps can use it without shipping the money library in the first load.
 */
import { formatNumber } from "@/lib/format";

import type { Candidate, RankedModel } from "./types";

export function qualityLabel(m: RankedModel | Candidate): string {
  const q = "candidate" in m ? m.candidate.quality : m.quality;
  if (!q) return "quality unknown";
  return `${q.benchmark} ${formatNumber(q.value)}%${q.setting ? ` at ${q.setting} effort` : ""}`;
}

export function speedLabel(m: RankedModel): string {
  const s = m.candidate.speed;
  return s ? `${formatNumber(s.tokensPerSecond)} tokens/s` : "speed not measured";
}
