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
