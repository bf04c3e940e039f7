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

// Costs below use the article's workload (1M input + 500K output tokens a day, 30 days) and
// cand()'s $0.40 output price: 0.5M × $0.40 = $0.20 a day, so a model's month is
// (input price × 1 + $0.20) × 30; input $0.10 → $9.00, $0.11 → $9.30, $0.12 → $9.60, $0.20 → $12.00.
const gpqa = (value: number) => ({ benchmark: "GPQA Diamond", value, setting: null, reporter: "x" });
const mmlu = (value: number) => ({ benchmark: "MMLU", value, setting: null, reporter: "x" });
const speed = (tokensPerSecond: number) => ({ tokensPerSecond, measuredBy: "m", provider: "p" });
const retiringJan14 = lifecycle({ status: "deprecated", shutdownDate: "2027-01-14" }); // 50 days after TODAY

describe("why: each sentence", () => {
  it("two models overtook the cost leader on the second priority: both named, plural verb", () => {
    // cheap $9.00 (no quality), mid $9.30 (GPQA 50), top $9.60 (GPQA 40): all within 10% of $9.00.
    // Step 1: band {cheap, mid, top}, best on quality is mid. Step 2: band {cheap, top} → top. Then cheap.
    const r = recommend(
      answers({ primary: "cost", secondary: "quality" }),
      [cand("cheap"), cand("mid", { input: 0.11, quality: gpqa(50) }), cand("top", { input: 0.12, quality: gpqa(40) })],
      TODAY,
    );
    expect(ids(r)).toEqual(["mid", "top", "cheap"]);
    expect(r.shortlist[1]!.why).toBe(
      "About as cheap as cheap ($9.60/month vs $9.00/month, within 10%) and better on quality, your second priority: GPQA Diamond 40% vs quality unknown.",
    );
    expect(r.shortlist[2]!.why).toBe(
      "Cheapest active small model that fits your largest input (8K tokens): $9.00/month. " +
        "mid and top rank above it: about as cheap and better on quality, your second priority.",
    );
  });

  it("an unknown primary decided by the second priority names it, for each second priority", () => {
    // Both primary figures unknown, so both are in the band; the pick is also the tie-break's leader (cheaper).
    const unknownAlike =
      "Quality unknown: no GPQA Diamond or MMLU score in the catalog, as for every remaining model that fits and is not retiring within 90 days";
    const byCost = recommend(
      answers({ primary: "quality", secondary: "cost" }),
      [cand("dear", { input: 0.2 }), cand("cheap")],
      TODAY,
    );
    expect(byCost.shortlist[0]!.why).toBe(`${unknownAlike}; of those it is the cheapest, your second priority ($9.00/month).`);
    const bySpeed = recommend(
      answers({ primary: "quality", secondary: "speed" }),
      [cand("slow", { input: 0.2, speed: speed(50) }), cand("fast", { speed: speed(100) })],
      TODAY,
    );
    expect(bySpeed.shortlist[0]!.why).toBe(
      `${unknownAlike}; of those it is the fastest measured, your second priority (100 tokens/s).`,
    );
    const byQuality = recommend(
      answers({ primary: "speed", secondary: "quality" }),
      [cand("plain", { input: 0.2 }), cand("scored", { quality: gpqa(50) })],
      TODAY,
    );
    expect(byQuality.shortlist[0]!.why).toBe(
      "Speed not measured in the catalog, as for every remaining model that fits and is not retiring within 90 days; " +
        "of those it is the best on quality, your second priority (GPQA Diamond 50%).",
    );
  });

  it("a retiring model with an unknown primary is compared with every remaining model", () => {
    const r = recommend(answers({ primary: "quality" }), [cand("old", { lifecycle: retiringJan14 })], TODAY);
    expect(r.shortlist[0]!.why).toBe(
      "No model that fits your answers is safe for more than 90 days; this one still answers, for now. " +
        "Quality unknown: no GPQA Diamond or MMLU score in the catalog, as for every remaining model that fits.",
    );
  });

  it("ties: on both priorities, on a known cost, by input limit and by release", () => {
    const both = recommend(answers({ primary: "quality", secondary: "cost" }), [cand("b"), cand("a")], TODAY);
    expect(both.shortlist[0]!.why).toBe(
      "Quality unknown: no GPQA Diamond or MMLU score in the catalog, as for every remaining model that fits and is not retiring within 90 days. " +
        "It ties with b on quality and cost (both unknown); the tie-break rule puts it first because its model ID sorts first.",
    );
    const cost = recommend(answers(), [cand("b"), cand("a")], TODAY);
    expect(cost.shortlist[0]!.why).toBe(
      "Cheapest active small model that fits your largest input (8K tokens): $9.00/month. " +
        "It ties with b on cost; the tie-break rule puts it first because its model ID sorts first.",
    );
    const input = recommend(answers(), [cand("narrow", { contextWindow: 200_000 }), cand("wide")], TODAY);
    expect(input.shortlist[0]!.why).toMatch(/because it takes larger inputs \(1M vs 200K tokens\)\.$/);
    const release = recommend(
      answers(),
      [cand("old", { releaseDate: "2025-01-01" }), cand("new", { releaseDate: "2026-06-01" })],
      TODAY,
    );
    expect(release.shortlist[0]!.why).toMatch(/because it is newer \(released Jun 1, 2026\)\.$/);
  });

  it("a deprecated model that is not retiring soon is named as deprecated", () => {
    const r = recommend(
      answers(),
      [cand("old", { lifecycle: lifecycle({ status: "deprecated", shutdownDate: "2027-12-31" }) })],
      TODAY,
    );
    expect(r.shortlist[0]!.why).toBe("Cheapest deprecated small model that fits your largest input (8K tokens): $9.00/month.");
  });
});

describe("gives up: each line", () => {
  it("slower than 90% of the fastest other pick; an MMLU figure against a GPQA one; a retiring pick's shutdown", () => {
    // m: 170 tok/s < 200 × 0.9 = 180; MMLU cannot be compared with GPQA; shuts down in 50 days.
    const r = recommend(
      answers({ primary: "cost" }),
      [
        cand("m", { quality: mmlu(90), speed: speed(170), lifecycle: retiringJan14 }),
        cand("o", { input: 0.2, quality: gpqa(40), speed: speed(200) }),
      ],
      TODAY,
    );
    expect(r.shortlist.find((p) => p.candidate.id === "m")!.givesUp).toEqual([
      "Its quality figure (MMLU) cannot be compared with o's GPQA Diamond 40%.",
      "Slower: 170 tokens/s vs 200 tokens/s for o.",
      "Shuts down on Jan 14, 2027 (in 50 days): you would migrate again.",
    ]);
    // o against m: cheaper m costs $3.00 less ($12.00 − $9.00); quality and speed better.
    expect(r.shortlist.find((p) => p.candidate.id === "o")!.givesUp).toEqual([
      "Costs $3.00 a month more than m ($12.00/month vs $9.00/month).",
    ]);
  });

  it("the edges: 2 quality points, 90% of the speed and 1.1× the input limit give nothing up", () => {
    // 180 = 200 × 0.9 is not slower; 78 is 2 points below 80; 1,100,000 = 1.1 × 1,000,000 is meaningfully larger.
    const r = recommend(
      answers(),
      [
        cand("m", { quality: gpqa(78), speed: speed(180) }),
        cand("o", { quality: gpqa(80), speed: speed(200), contextWindow: 1_100_000 }),
      ],
      TODAY,
    );
    expect(r.shortlist.find((p) => p.candidate.id === "m")!.givesUp).toEqual([
      "Smaller input limit: 1,000,000 vs 1,100,000 tokens for o.",
    ]);
    const s = recommend(answers(), [cand("m"), cand("o", { contextWindow: 1_099_999 })], TODAY);
    expect(s.shortlist.find((p) => p.candidate.id === "m")!.givesUp).toEqual([
      "Nothing on cost, quality, speed, input size or lifecycle against the other picks.",
    ]);
  });
});

describe("when another model would win", () => {
  it("no model has the figure: the priority cannot change the pick", () => {
    const r = recommend(answers(), [cand("a")], TODAY);
    expect(r.shortlist[0]!.whenOther).toEqual([
      "If quality matters more than cost: no active model that fits has a published quality score, so quality cannot change the pick. Test with your data (the script below).",
      "If speed matters more than cost: no active model that fits has a published speed, so speed cannot change the pick. Test with your data (the script below).",
    ]);
    const old = recommend(answers(), [cand("a", { lifecycle: lifecycle({ status: "deprecated" }) })], TODAY);
    expect(old.shortlist[0]!.whenOther[0]).toBe(
      "If quality matters more than cost: no model that fits has a published quality score, so quality cannot change the pick. Test with your data (the script below).",
    );
  });

  it("larger inputs: the best roomier model that does not retire sooner", () => {
    // big (2M) is roomier than a (1M); far (3M) is roomier too but retiring, so not offered to a lasting model.
    const r = recommend(
      answers(),
      [
        cand("a"),
        cand("big", { input: 0.2, contextWindow: 2_000_000 }),
        cand("far", { contextWindow: 3_000_000, lifecycle: retiringJan14 }),
      ],
      TODAY,
    );
    const a = r.shortlist.find((p) => p.candidate.id === "a")!;
    expect(a.whenOther.at(-1)).toBe("If your inputs grow past 1,000,000 tokens, take big (up to 2,000,000).");
    // Gives up: the roomiest other pick is named, though it is last in the list.
    expect(a.givesUp).toEqual(["Smaller input limit: 1,000,000 vs 3,000,000 tokens for far."]);
    const far = r.shortlist.find((p) => p.candidate.id === "far")!;
    expect(far.whenOther.filter((t) => t.startsWith("If your inputs grow"))).toEqual([]);
    expect(far.whenOther.at(-1)).toBe("If you need it after Jan 14, 2027, take a.");
  });
});

describe("why, gives up and when-other: the cases each rule needs", () => {
  it("a retiring model after a cheaper lasting one is compared only within its group", () => {
    // a: $9.00 lasting; r: $12.00, shuts down in 50 days, so second; the lasting a is not "before" it on cost.
    const r = recommend(answers(), [cand("a"), cand("r", { input: 0.2, lifecycle: retiringJan14 })], TODAY);
    expect(r.shortlist[1]!.why).toBe(
      "Shuts down within 90 days, so it ranks after every longer-lived model that fits. " +
        "Cheapest deprecated small model that fits your largest input (8K tokens): $12.00/month.",
    );
  });

  it("an equal earlier pick is passed, not overtaken; with a second priority, a model nobody overtook says nothing more", () => {
    const equal = recommend(answers(), [cand("b"), cand("a")], TODAY);
    expect(equal.shortlist[1]!.why).toBe("Next cheapest after a: $9.00/month.");
    // $9.00 and $12.00 are not within 10%: the second priority never competes.
    const apart = recommend(answers({ secondary: "quality" }), [cand("a"), cand("b", { input: 0.2 })], TODAY);
    expect(apart.shortlist[1]!.why).toBe("Next cheapest after a: $12.00/month.");
  });

  it("a second priority equal to the first is no second priority; alone, an unknown primary has no 'of those'", () => {
    const same = recommend(answers({ secondary: "cost" }), [cand("b"), cand("a")], TODAY);
    expect(same.shortlist[0]!.why).toBe(
      "Cheapest active small model that fits your largest input (8K tokens): $9.00/month. " +
        "It ties with b on cost; the tie-break rule puts it first because its model ID sorts first.",
    );
    const alone = recommend(answers({ primary: "quality", secondary: "cost" }), [cand("a")], TODAY);
    expect(alone.shortlist[0]!.why).toBe(
      "Quality unknown: no GPQA Diamond or MMLU score in the catalog, as for every remaining model that fits and is not retiring within 90 days.",
    );
    // Speed unknown for both: one band, and the cheaper one is named for the second priority.
    const speedless = recommend(
      answers({ primary: "speed", secondary: "cost" }),
      [cand("dear", { input: 0.2 }), cand("cheap")],
      TODAY,
    );
    expect(speedless.shortlist[0]!.why).toBe(
      "Speed not measured in the catalog, as for every remaining model that fits and is not retiring within 90 days; " +
        "of those it is the cheapest, your second priority ($9.00/month).",
    );
  });

  it("only retiring models: the first, taken on the second priority, names no retiring rival", () => {
    // r1 $9.00 (no quality), r2 $9.30 (GPQA 50): within 10%, r2 wins on quality.
    const r = recommend(
      answers({ secondary: "quality" }),
      [cand("r1", { lifecycle: retiringJan14 }), cand("r2", { input: 0.11, quality: gpqa(50), lifecycle: retiringJan14 })],
      TODAY,
    );
    expect(r.shortlist[0]!.why).toBe(
      "No model that fits your answers is safe for more than 90 days; this one still answers, for now. " +
        "About as cheap as r1 ($9.30/month vs $9.00/month, within 10%) and better on quality, your second priority: GPQA Diamond 50% vs quality unknown.",
    );
    // No lasting model to move to.
    expect(r.shortlist[0]!.whenOther.filter((t) => t.startsWith("If you need it after"))).toEqual([]);
  });

  it("a retiring model as cheap as the lasting pick is not called cheaper", () => {
    const r = recommend(answers(), [cand("a"), cand("r", { lifecycle: retiringJan14 })], TODAY);
    expect(r.shortlist[0]!.why).toBe("Cheapest active small model that fits your largest input (8K tokens): $9.00/month.");
  });

  it("gives up against the best other pick on each measure, wherever it sits in the list", () => {
    // Quality first: q1 GPQA 90 ($12.00, 100 tok/s), q2 GPQA 80 ($9.30, 200 tok/s), q3 GPQA 70 ($9.60, 150 tok/s).
    const r = recommend(
      answers({ primary: "quality" }),
      [
        cand("q1", { input: 0.2, quality: gpqa(90), speed: speed(100) }),
        cand("q2", { input: 0.11, quality: gpqa(80), speed: speed(200) }),
        cand("q3", { input: 0.12, quality: gpqa(70), speed: speed(150) }),
      ],
      TODAY,
    );
    expect(ids(r)).toEqual(["q1", "q2", "q3"]);
    expect(r.shortlist.map((p) => p.givesUp)).toEqual([
      // $12.00 − $9.30 = $2.70; 100 < 200 × 0.9.
      ["Costs $2.70 a month more than q2 ($12.00/month vs $9.30/month).", "Slower: 100 tokens/s vs 200 tokens/s for q2."],
      ["Lower GPQA Diamond: 80% vs 90% for q1."],
      // $9.60 − $9.30 = $0.30; 150 < 180.
      [
        "Costs $0.30 a month more than q2 ($9.60/month vs $9.30/month).",
        "Lower GPQA Diamond: 70% vs 90% for q1.",
        "Slower: 150 tokens/s vs 200 tokens/s for q2.",
      ],
    ]);
    // Two equally cheap others: the first in the list is named.
    const tie = recommend(answers(), [cand("a"), cand("b"), cand("c", { input: 0.2 })], TODAY);
    expect(tie.shortlist[2]!.givesUp).toEqual(["Costs $3.00 a month more than a ($12.00/month vs $9.00/month)."]);
  });

  it("when-other names the best retiring model that has the figure", () => {
    // a: lasting, no speed; r1 and r2 retiring with 50 and 100 tok/s.
    const r = recommend(
      answers(),
      [
        cand("a"),
        cand("r1", { input: 0.11, speed: speed(50), lifecycle: retiringJan14 }),
        cand("r2", { input: 0.12, speed: speed(100), lifecycle: retiringJan14 }),
      ],
      TODAY,
    );
    expect(r.shortlist[0]!.whenOther).toContain(
      "If speed matters more than cost: no active model that fits has a published speed; r2 has one (100 tokens/s), but it shuts down on Jan 14, 2027.",
    );
  });

  it("a deprecated model with a far shutdown gets no 'if you need it after' line", () => {
    const r = recommend(
      answers(),
      [cand("old", { lifecycle: lifecycle({ status: "deprecated", shutdownDate: "2027-12-31" }) })],
      TODAY,
    );
    expect(r.shortlist[0]!.whenOther.filter((t) => t.startsWith("If you need it after"))).toEqual([]);
  });
});

describe("gives up: lifecycle", () => {
  it("a deprecated model more than 90 days from shutdown gives up nothing on lifecycle", () => {
    const far = lifecycle({ status: "deprecated", shutdownDate: "2027-12-31" });
    expect(recommend(answers(), [cand("old", { lifecycle: far })], TODAY).shortlist[0]!.givesUp).toEqual([
      "Nothing on cost, quality, speed, input size or lifecycle against the other picks.",
    ]);
  });
});
