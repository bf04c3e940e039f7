import { describe, expect, it } from "vitest";

import { fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { wizardCandidates } from "./candidates";
import { exclusionReasons, stepFacts } from "./eligibility";
import { answers, cand, TODAY } from "./fixtures.test-helpers";
import { countFitting } from "./step-facts";

describe("exclusionReasons", () => {
  it("uses max input, not the context window, when both are published", () => {
    const reasons = exclusionReasons(
      cand("a", { contextWindow: 400_000, maxInput: 272_000 }),
      answers({ largest: 300_000, typical: 1_000 }),
      TODAY,
      false,
    );
    expect(reasons.map((r) => r.text)).toEqual(["takes at most 272,000 input tokens; your largest input is 300,000"]);
  });
});

describe("stepFacts (fixture catalog, today 2026-11-25)", () => {
  const catalog = wizardCandidates(fixtureCatalog);
  it("counts the models that fit a size, for the context step", () => {
    // Callable small models: alpha-mini and alpha-nano (400K), beta-lite (max input 922K),
    // delta-nano (128K, text only), gamma-mini (1,047,576). Not: gamma-nano (shut down), zeta-old
    // (status unknown), omega (full-size), snapshots.
    const facts = stepFacts(catalog, TODAY);
    expect(facts).toEqual({
      callableSmall: 5,
      takeImages: 4,
      takeAudio: 0,
      largestInputLimit: 1_047_576,
      inputLimits: [400_000, 400_000, 922_000, 128_000, 1_047_576],
    });
    expect(countFitting(facts, 128_000)).toBe(5);
    expect(countFitting(facts, 300_000)).toBe(4);
    expect(countFitting(facts, 600_000)).toBe(2);
    expect(countFitting(facts, 1_047_577)).toBe(0);
  });
});
