import { describe, expect, it } from "vitest";

import { answers, cand, TODAY } from "./fixtures.test-helpers";
import { qualityLabel, speedLabel } from "./labels";
import { recommend } from "./rank";
import type { Candidate } from "./types";

/** The candidate as the ranking hands it to the result (a RankedModel). */
const ranked = (c: Candidate) => recommend(answers(), [c], TODAY).ranked[0]!;

describe("quality and speed labels", () => {
  const q = { benchmark: "MMLU", value: 87.5, setting: null, reporter: "x" };

  it("names the benchmark, the score and the effort it was measured at", () => {
    expect(qualityLabel(cand("a", { quality: q }))).toBe("MMLU 87.5%");
    expect(qualityLabel(ranked(cand("a", { quality: { ...q, setting: "high" } })))).toBe("MMLU 87.5% at high effort");
    expect(qualityLabel(cand("a"))).toBe("quality unknown");
    expect(qualityLabel(ranked(cand("a")))).toBe("quality unknown");
  });

  it("rounds speed to one decimal and says when it is not measured", () => {
    const speed = { tokensPerSecond: 77.24, measuredBy: "m", provider: "p" };
    expect(speedLabel(ranked(cand("a", { speed })))).toBe("77.2 tokens/s");
    expect(speedLabel(ranked(cand("a")))).toBe("speed not measured");
  });
});
