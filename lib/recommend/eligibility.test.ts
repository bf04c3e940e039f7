import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { wizardCandidates } from "./candidates";
import { exclusionReasons, stepFacts } from "./eligibility";
import { answers, cand, TODAY } from "./fixtures.test-helpers";
import { countFitting } from "./step-facts";

describe("exclusionReasons", () => {
  it("uses max input, not the context window, when both are published", () => {
    const reasons = exclusionReasons(cand("a", { contextWindow: 400_000, maxInput: 272_000 }), answers({ largest: 300_000, typical: 1_000 }), TODAY, false);
    expect(reasons.map((r) => r.text)).toEqual(["takes at most 272,000 input tokens; your largest input is 300,000"]);
  });
});

describe("stepFacts (real catalog, today 2026-11-25)", () => {
  const catalog = wizardCandidates(loadCatalog());
  it("counts the models that fit a size, for the context step", () => {
    const facts = stepFacts(catalog, TODAY);
    expect(facts.callableSmall).toBe(8);
    expect(facts.takeAudio).toBe(0);
    expect(countFitting(facts, 128_000)).toBe(8);
    expect(countFitting(facts, 300_000)).toBe(5);
    expect(countFitting(facts, 600_000)).toBe(3);
    expect(facts.largestInputLimit).toBe(1_050_000);
  });
});
