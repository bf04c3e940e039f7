import { describe, expect, it } from "vitest";

import { answers, cand, ids, lifecycle, TODAY } from "./fixtures.test-helpers";
import { recommend } from "./rank";

// The prose is produced for the shortlist by recommend(); these cases isolate one sentence each.
describe("why", () => {
  it("names a tie on an unknown priority and the rule that broke it", () => {
    // Neither has a quality score; "cheap" costs less: 1M × $0.10 + 0.5M × $0.40 = $0.30 a day → $9,
    // "dear": 1M × $0.20 + 0.5M × $0.40 = $0.40 a day → $12.
    const r = recommend(answers({ primary: "quality" }), [cand("dear", { input: 0.2 }), cand("cheap")], TODAY);
    expect(ids(r)).toEqual(["cheap", "dear"]);
    expect(r.shortlist[0]!.why).toBe(
      "Quality unknown: no GPQA Diamond or MMLU score in the catalog, as for every remaining model that fits and is not retiring within 90 days. " +
        "It ties with dear on quality (both unknown); the tie-break rule puts it first because it costs less for your workload ($9.00/month vs $12.00/month).",
    );
  });

  it("says which earlier picks a model follows", () => {
    const r = recommend(answers(), [cand("a"), cand("b", { input: 0.2 }), cand("c", { input: 0.3 })], TODAY);
    expect(r.shortlist[2]!.why).toBe("Next cheapest after a and b: $15.00/month.");
  });
});

describe("warnings", () => {
  it("a deprecated model without a shutdown date gets an informational note; an active one none", () => {
    const r = recommend(
      answers(),
      [cand("old", { lifecycle: lifecycle({ status: "deprecated" }) }), cand("new", { input: 0.2 })],
      TODAY,
    );
    expect(r.shortlist.find((p) => p.candidate.id === "old")!.warnings).toEqual([
      { tone: "info", text: "Deprecated: no shutdown date published yet." },
    ]);
    expect(r.shortlist.find((p) => p.candidate.id === "new")!.warnings).toEqual([]);
  });
});

describe("gives up", () => {
  it("says so when a pick gives up nothing against the others", () => {
    const r = recommend(answers(), [cand("only")], TODAY);
    expect(r.shortlist[0]!.givesUp).toEqual([
      "Nothing on cost, quality, speed, input size or lifecycle against the other picks.",
    ]);
  });
});
