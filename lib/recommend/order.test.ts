import { describe, expect, it } from "vitest";

import { fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { wizardCandidates } from "./candidates";
import { answers, cand, ids, lifecycle, TODAY } from "./fixtures.test-helpers";
import { recommend } from "./rank";

describe("tie-breaking (documented order: active, cost, input limit, release, ID)", () => {
  const deprecatedLater = lifecycle({ status: "deprecated", shutdownDate: "2027-12-31" });

  it("prefers the active model over an equal deprecated one", () => {
    const r = recommend(answers(), [cand("a-deprecated", { lifecycle: deprecatedLater }), cand("b-active")], TODAY);
    expect(ids(r)).toEqual(["b-active", "a-deprecated"]);
    expect(r.shortlist[0]!.why).toMatch(/tie-break rule puts it first because it is active and a-deprecated is deprecated/);
    expect(r.shortlist[1]!.warnings).toEqual([{ tone: "info", text: "Deprecated: shuts down on Dec 31, 2027 (in 401 days)." }]);
  });

  it("then the cheaper, the larger input limit, the newer release, the ID", () => {
    const q = { benchmark: "GPQA Diamond", value: 50, setting: null, reporter: "x" };
    // Equal on quality (the primary): cost decides.
    expect(
      ids(
        recommend(
          answers({ primary: "quality" }),
          [cand("pricey", { quality: q, input: 1 }), cand("cheap", { quality: q })],
          TODAY,
        ),
      ),
    ).toEqual(["cheap", "pricey"]);
    // Equal cost: larger input limit.
    expect(ids(recommend(answers(), [cand("narrow", { contextWindow: 200_000 }), cand("wide")], TODAY))).toEqual([
      "wide",
      "narrow",
    ]);
    // Equal limit: newer release.
    expect(
      ids(recommend(answers(), [cand("old", { releaseDate: "2025-01-01" }), cand("new", { releaseDate: "2026-06-01" })], TODAY)),
    ).toEqual(["new", "old"]);
    // Identical: the ID, alphabetically.
    const r = recommend(answers(), [cand("zeta"), cand("alpha"), cand("mu")], TODAY);
    expect(ids(r)).toEqual(["alpha", "mu", "zeta"]);
    expect(r.shortlist[0]!.why).toMatch(/its model ID sorts first/);
  });

  it("does not depend on the order of the input", () => {
    const list = wizardCandidates(fixtureCatalog);
    const a = recommend(answers({ primary: "quality", secondary: "cost" }), list, TODAY);
    const b = recommend(answers({ primary: "quality", secondary: "cost" }), [...list].reverse(), TODAY);
    expect(b.ranked.map((m) => m.candidate.id)).toEqual(a.ranked.map((m) => m.candidate.id));
    expect(b.shortlist).toEqual(a.shortlist);
  });

  it("compares quality only on the same benchmark: a GPQA score ranks above an MMLU-only one", () => {
    const gpqa = cand("gpqa", { quality: { benchmark: "GPQA Diamond", value: 40, setting: null, reporter: "x" } });
    const mmlu = cand("mmlu", { quality: { benchmark: "MMLU", value: 90, setting: null, reporter: "x" } });
    const none = cand("none");
    expect(ids(recommend(answers({ primary: "quality" }), [none, mmlu, gpqa], TODAY))).toEqual(["gpqa", "mmlu", "none"]);
  });
});

describe("the 'about equal' bands include their edge (BANDS)", () => {
  const gpqa = (value: number) => ({ benchmark: "GPQA Diamond", value, setting: null, reporter: "x" });
  const speed = (tokensPerSecond: number) => ({ tokensPerSecond, measuredBy: "m", provider: "p" });

  it("cost: exactly 10% dearer is about equal, a little more is not", () => {
    // cheap: 1M × $0.10 + 0.5M × $0.40 = $0.30 a day → $9; 10% more is $9.90.
    // edge: 1M × $0.13 + $0.20 = $0.33 a day → $9.90; over: 1M × $0.131 + $0.20 → $9.93.
    const cheap = cand("cheap");
    const pick = (input: number) =>
      ids(
        recommend(
          answers({ primary: "cost", secondary: "quality" }),
          [cheap, cand("scored", { input, quality: gpqa(50) })],
          TODAY,
        ),
      );
    expect(pick(0.13)).toEqual(["scored", "cheap"]);
    expect(pick(0.131)).toEqual(["cheap", "scored"]);
  });

  it("quality: 2 points below the leader is about equal, more is not", () => {
    // The cheaper model wins the second priority (cost) only inside the band.
    const leader = cand("leader", { input: 0.2, quality: gpqa(80) });
    const pick = (value: number) =>
      ids(
        recommend(answers({ primary: "quality", secondary: "cost" }), [leader, cand("cheap", { quality: gpqa(value) })], TODAY),
      );
    expect(pick(78)).toEqual(["cheap", "leader"]);
    expect(pick(77.9)).toEqual(["leader", "cheap"]);
  });

  it("speed: 90% of the leader's tokens/s is about equal, less is not; unknown is equal only to unknown", () => {
    // 200 × (1 − 0.1) = 180.
    const leader = cand("leader", { input: 0.2, speed: speed(200) });
    const pick = (tps: number) =>
      ids(recommend(answers({ primary: "speed", secondary: "cost" }), [leader, cand("cheap", { speed: speed(tps) })], TODAY));
    expect(pick(180)).toEqual(["cheap", "leader"]);
    expect(pick(179.9)).toEqual(["leader", "cheap"]);
    // A measured leader and an unmeasured cheaper model: not in one band, the measured one first.
    expect(ids(recommend(answers({ primary: "speed", secondary: "cost" }), [leader, cand("cheap")], TODAY))).toEqual([
      "leader",
      "cheap",
    ]);
  });

  it("a benchmark outside the preferred list ranks below an MMLU score, however high", () => {
    // qualityTier: not GPQA Diamond or MMLU → the tier of "no score", after MMLU.
    const other = cand("other", { quality: { benchmark: "HumanEval", value: 99, setting: null, reporter: "x" } });
    const mmlu = cand("mmlu", { input: 0.2, quality: { benchmark: "MMLU", value: 50, setting: null, reporter: "x" } });
    expect(ids(recommend(answers({ primary: "quality" }), [other, mmlu], TODAY))).toEqual(["mmlu", "other"]);
  });
});

describe("bands and tie-breaks on the edges of their inputs", () => {
  const q = (benchmark: string, value: number) => ({ benchmark, value, setting: null, reporter: "x" });

  it("quality: no band across benchmarks, and a score outside the list shares the band of no score", () => {
    // MMLU 49 is within 2 points of GPQA 50 but not on the same benchmark: the dearer GPQA model stays first.
    const gpqa = cand("gpqa", { input: 0.2, quality: q("GPQA Diamond", 50) });
    expect(
      ids(recommend(answers({ primary: "quality", secondary: "cost" }), [gpqa, cand("mmlu", { quality: q("MMLU", 49) })], TODAY)),
    ).toEqual(["gpqa", "mmlu"]);
    // HumanEval and no score are the same tier: one band, so the cheaper one wins on cost.
    const other = cand("other", { input: 0.2, quality: q("HumanEval", 99) });
    expect(ids(recommend(answers({ primary: "quality", secondary: "cost" }), [other, cand("none")], TODAY))).toEqual([
      "none",
      "other",
    ]);
  });

  it("a model without a release date is older than any dated one", () => {
    const dated = cand("b-dated", { releaseDate: "2025-01-01" });
    const undated = cand("a-undated", { releaseDate: null });
    expect(ids(recommend(answers(), [dated, undated], TODAY))).toEqual(["b-dated", "a-undated"]);
    expect(ids(recommend(answers(), [undated, dated], TODAY))).toEqual(["b-dated", "a-undated"]);
  });
});
