import { describe, expect, it } from "vitest";

import { fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { wizardCandidates } from "./candidates";
import { answers, cand, ids, lifecycle, TODAY } from "./fixtures.test-helpers";
import { NO_LASTING_NOTE, recommend } from "./rank";
import type { Priority } from "./types";

describe("scenario table (fixture catalog, today 2026-11-25)", () => {
  const catalog = wizardCandidates(fixtureCatalog);
  const CONTEXT = {
    "≤128K": { typical: 2_000, largest: 8_000 },
    ">128K": { typical: 10_000, largest: 300_000 },
    ">400K": { typical: 10_000, largest: 600_000 },
  } as const;
  // Expected shortlists, worked out by hand from tests/fixtures/catalog (see rank.ts for the rules).
  // Article workload a month: beta-lite $10.50 (input limit 922K, quality and speed unknown),
  // alpha-nano $11.25 (400K, GPQA 80, 190 tok/s), alpha-mini $90 (400K, GPQA 88, 200 tok/s).
  // Retiring within 90 days, so ranked after those: delta-nano $7.50 (128K, text only) and
  // gamma-mini $27 (1,047,576, GPQA 65, 77.2 tok/s). Above 400K only beta-lite and gamma-mini fit;
  // the image answer rules out only delta-nano, which never reaches the top three here.
  const EXPECTED: Record<keyof typeof CONTEXT, Record<Priority, string[]>> = {
    "≤128K": {
      cost: ["beta-lite", "alpha-nano", "alpha-mini"],
      quality: ["alpha-mini", "alpha-nano", "beta-lite"],
      speed: ["alpha-mini", "alpha-nano", "beta-lite"],
    },
    ">128K": {
      cost: ["beta-lite", "alpha-nano", "alpha-mini"],
      quality: ["alpha-mini", "alpha-nano", "beta-lite"],
      speed: ["alpha-mini", "alpha-nano", "beta-lite"],
    },
    ">400K": {
      cost: ["beta-lite", "gamma-mini"],
      quality: ["beta-lite", "gamma-mini"],
      speed: ["beta-lite", "gamma-mini"],
    },
  };
  const rows = (["quality", "speed", "cost"] as const).flatMap((primary) =>
    (Object.keys(CONTEXT) as (keyof typeof CONTEXT)[]).flatMap((ctx) =>
      [true, false].map((images) => ({ primary, ctx, images, expected: EXPECTED[ctx][primary] })),
    ),
  );

  it.each(rows)("$primary first, context $ctx, images $images → $expected", ({ primary, ctx, images, expected }) => {
    const r = recommend(answers({ primary, images, ...CONTEXT[ctx] }), catalog, TODAY);
    expect(ids(r)).toEqual(expected);
    for (const p of r.shortlist) {
      expect(p.status).not.toBe("shutdown");
      expect(p.inputLimit).toBeGreaterThanOrEqual(CONTEXT[ctx].largest);
      if (images) expect(p.candidate.inputModalities).toContain("image");
      expect(p.why.length).toBeGreaterThan(20);
      expect(p.givesUp.length).toBeGreaterThan(0);
      expect(p.whenOther.length).toBeGreaterThan(0);
    }
  });

  it("cost first + >128K + images: an active ≥1M-context model that takes images, cheapest first, priced exactly", () => {
    const r = recommend(answers({ primary: "cost", images: true, typical: 10_000, largest: 300_000 }), catalog, TODAY);
    const first = r.shortlist[0]!;
    expect(first.candidate.id).toBe("beta-lite");
    expect(first.status).toBe("active");
    expect(first.candidate.contextWindow).toBe(1_050_000);
    // beta-lite: 1M × $0.10 + 0.5M × $0.50 = $0.35 a day; alpha-nano $0.10 + $0.275; alpha-mini $0.75 + $2.25.
    expect(r.shortlist.map((p) => p.cost.perMonth)).toEqual(["10.5", "11.25", "90"]);
    expect(first.why).toBe(
      "Cheapest active small model that takes images and fits your largest input (300K tokens): $10.50/month.",
    );
    expect(first.whenOther).toEqual([
      "If quality matters more than cost, take alpha-mini (GPQA Diamond 88% at high effort).",
      "If speed matters more than cost, take alpha-mini (200 tokens/s).",
    ]);
    // With small inputs and no images, the cheaper but retiring delta-nano also fits: the reason says what the rule cost.
    expect(recommend(answers({ primary: "cost" }), catalog, TODAY).shortlist[0]!.why).toBe(
      "Cheapest active small model that fits your largest input (8K tokens): $10.50/month. delta-nano would be cheaper ($7.50/month) but shuts down on Dec 11, 2026 (in 16 days).",
    );
  });

  it("says what each pick gives up against the other picks", () => {
    const r = recommend(answers({ primary: "cost", typical: 10_000, largest: 300_000 }), catalog, TODAY);
    expect(r.shortlist.map((p) => p.givesUp)).toEqual([
      [
        "Quality unknown, while alpha-mini has GPQA Diamond 88% at high effort.",
        "Speed not measured, while alpha-mini runs at 200 tokens/s.",
      ],
      [
        // $11.25 − $10.50; GPQA 80 vs 88 is more than 2 points; 922,000 ≥ 1.1 × 400,000.
        "Costs $0.75 a month more than beta-lite ($11.25/month vs $10.50/month).",
        "Lower GPQA Diamond: 80% vs 88% for alpha-mini.",
        "Smaller input limit: 400,000 vs 922,000 tokens for beta-lite.",
      ],
      // 190 tok/s is within 10% of 200: no "slower" line for alpha-mini's rival alpha-nano, none for alpha-mini itself.
      [
        "Costs $79.50 a month more than beta-lite ($90.00/month vs $10.50/month).",
        "Smaller input limit: 400,000 vs 922,000 tokens for beta-lite.",
      ],
    ]);
  });

  it("a second priority reorders models about equal on the first", () => {
    // alpha-nano ($11.25) is within 10% of beta-lite ($10.50; 10% more is $11.55) and has a quality score.
    const r = recommend(answers({ primary: "cost", secondary: "quality" }), catalog, TODAY);
    expect(ids(r)).toEqual(["alpha-nano", "beta-lite", "alpha-mini"]);
    expect(r.shortlist[0]!.why).toBe(
      "About as cheap as beta-lite ($11.25/month vs $10.50/month, within 10%) and better on quality, your second priority: " +
        "GPQA Diamond 80% at high effort vs quality unknown. delta-nano would be cheaper ($7.50/month) but shuts down on Dec 11, 2026 (in 16 days).",
    );
    expect(r.shortlist[1]!.why).toBe(
      "Cheapest active small model that fits your largest input (8K tokens): $10.50/month. " +
        "alpha-nano ranks above it: about as cheap and better on quality, your second priority.",
    );
    // alpha-nano (190 tok/s) is within 10% of alpha-mini (200; the band starts at 180) and far cheaper.
    const s = recommend(answers({ primary: "speed", secondary: "cost", typical: 10_000, largest: 300_000 }), catalog, TODAY);
    expect(ids(s)).toEqual(["alpha-nano", "alpha-mini", "beta-lite"]);
    // 88 vs 80 is more than 2 points apart: cost cannot overrule quality there.
    expect(ids(recommend(answers({ primary: "quality", secondary: "cost" }), catalog, TODAY))).toEqual([
      "alpha-mini",
      "alpha-nano",
      "beta-lite",
    ]);
  });

  it("prices long typical requests at the long-context rates", () => {
    const r = recommend(answers({ primary: "cost", typical: 300_000, largest: 600_000 }), catalog, TODAY);
    expect(ids(r)).toEqual(["beta-lite", "gamma-mini"]);
    // 300K > 272K: 1M × $0.10 × 2 + 0.5M × $0.50 × 1.5 = $0.575 a day → $17.25; gamma-mini has no surcharge: $27.
    expect(r.shortlist.map((p) => p.cost.perMonth)).toEqual(["17.25", "27"]);
    expect(r.shortlist.map((p) => p.cost.longContextApplied)).toEqual([true, false]);
  });

  it("says quality is unknown instead of inventing it", () => {
    const r = recommend(answers({ primary: "quality", typical: 10_000, largest: 600_000 }), catalog, TODAY);
    expect(ids(r)).toEqual(["beta-lite", "gamma-mini"]);
    expect(r.shortlist[0]!.why).toBe(
      "Quality unknown: no GPQA Diamond or MMLU score in the catalog, as for every remaining model that fits and is not retiring within 90 days. " +
        "gamma-mini would be better on quality (GPQA Diamond 65%) but shuts down on Jan 14, 2027 (in 50 days).",
    );
    expect(r.shortlist[1]!.warnings).toEqual([
      { tone: "warn", text: "Retiring: shuts down on Jan 14, 2027, in 50 days. Calls fail after that." },
    ]);
    expect(r.shortlist[0]!.whenOther).toEqual([
      "If speed matters more than quality: no active model that fits has a published speed; gamma-mini has one (77.2 tokens/s), but it shuts down on Jan 14, 2027.",
      "It also comes first if cost matters most ($10.50/month).",
    ]);
    expect(r.shortlist[1]!.whenOther).toEqual([
      "If speed matters more than quality: no active model that fits has a published speed; this one has (77.2 tokens/s), but it shuts down on Jan 14, 2027.",
      "If cost matters more than quality, take beta-lite ($10.50/month).",
      "If you need it after Jan 14, 2027, take beta-lite.",
    ]);
  });

  it("rules out every other model with its reasons, and never lists snapshots", () => {
    const r = recommend(answers({ images: true, typical: 10_000, largest: 300_000 }), catalog, TODAY);
    expect(Object.fromEntries(r.ruledOut.map((x) => [x.id, x.reasons.map((y) => y.code)]))).toEqual({
      "delta-nano": ["context-too-small", "no-image-input"],
      "gamma-nano": ["shutdown", "context-too-small", "no-image-input"],
      omega: ["full-size", "context-too-small"],
      "zeta-old": ["status-unknown", "context-unknown", "image-input-unknown"],
    });
    expect(r.ruledOut.find((x) => x.id === "omega")!.reasons[0]!.text).toBe("full-size reference, not a small model");
    expect(r.ruledOut.find((x) => x.id === "gamma-nano")!.reasons[0]!.text).toBe("shut down on Oct 23, 2026: calls to it fail");
    // Eligible + ruled out = every alias/model, each once.
    expect([...r.ranked.map((m) => m.candidate.id), ...r.ruledOut.map((x) => x.id)].sort()).toEqual([
      "alpha-mini",
      "alpha-nano",
      "beta-lite",
      "delta-nano",
      "gamma-mini",
      "gamma-nano",
      "omega",
      "zeta-old",
    ]);
  });

  it("says plainly that no small model takes audio, and ranks for transcribed text", () => {
    const r = recommend(answers({ audio: true }), catalog, TODAY);
    expect(r.notes[0]).toMatch(/^No small model in this catalog takes audio input/);
    expect(ids(r)).toEqual(["beta-lite", "alpha-nano", "alpha-mini"]);
  });
});

// ---------- synthetic candidates: rules in isolation ----------

describe("exclusions", () => {
  it("rules out each failing model with the right reason", () => {
    const list = [
      cand("ok"),
      cand("big", { size: "full-size" }),
      cand("gone", { lifecycle: lifecycle({ status: "deprecated", shutdownDate: "2026-11-25" }) }),
      cand("unknown", { lifecycle: lifecycle({ status: "unknown" }) }),
      cand("small-window", { contextWindow: 4_000 }),
      cand("small-max-input", { maxInput: 4_000 }),
      cand("no-window", { contextWindow: null }),
      cand("text-only", { inputModalities: ["text"] }),
      cand("modalities-unknown", { inputModalities: null }),
      cand("unpriced", { input: null }),
      cand("snap", { kind: "snapshot" }),
    ];
    const r = recommend(answers({ images: true }), list, TODAY);
    expect(ids(r)).toEqual(["ok"]);
    const codes = Object.fromEntries(r.ruledOut.map((x) => [x.id, x.reasons.map((y) => y.code)]));
    expect(codes).toEqual({
      big: ["full-size"],
      gone: ["shutdown"],
      unknown: ["status-unknown"],
      "small-window": ["context-too-small"],
      "small-max-input": ["context-too-small"],
      "no-window": ["context-unknown"],
      "text-only": ["no-image-input"],
      "modalities-unknown": ["image-input-unknown"],
      unpriced: ["no-price"],
    });
  });

  it("filters on audio when some callable small model takes it", () => {
    const list = [cand("hears", { inputModalities: ["text", "audio"], input: 1 }), cand("deaf")];
    const r = recommend(answers({ audio: true }), list, TODAY);
    expect(ids(r)).toEqual(["hears"]);
    expect(r.ruledOut[0]).toMatchObject({ id: "deaf", reasons: [{ code: "no-audio-input" }] });
    expect(r.notes.join(" ")).not.toMatch(/audio/);
  });
});

describe("lifecycle on a fixed today", () => {
  // Shuts down on 2027-01-14, like the fixture's gamma-mini.
  const retiring = () =>
    cand("retiring", { input: 0.01, lifecycle: lifecycle({ status: "deprecated", shutdownDate: "2027-01-14" }) });
  const pricier = () => cand("active", { input: 0.5 });

  it("within 90 days: warned, and ranked after every longer-lived model however cheap", () => {
    const r = recommend(answers(), [retiring(), pricier()], "2026-11-25");
    expect(ids(r)).toEqual(["active", "retiring"]);
    expect(r.shortlist[1]!.warnings).toEqual([
      { tone: "warn", text: "Retiring: shuts down on Jan 14, 2027, in 50 days. Calls fail after that." },
    ]);
    expect(r.shortlist[1]!.why).toMatch(/^Shuts down within 90 days, so it ranks after every longer-lived model that fits\./);
    expect(r.shortlist[0]!.why).toMatch(/retiring would be cheaper .* but shuts down on Jan 14, 2027 \(in 50 days\)\./);
    expect(r.shortlist[1]!.whenOther).toContain("If you need it after Jan 14, 2027, take active.");
    // The headline: "active" is the pick; "retiring" is cheaper, so it is named second with its date.
    expect(r.headline.pick?.candidate.id).toBe("active");
    expect(r.headline.sooner).toMatchObject({
      item: { candidate: { id: "retiring" } },
      shutdownDate: "2027-01-14",
      daysLeft: 50,
    });
    expect(r.notes).not.toContain(NO_LASTING_NOTE);
  });

  it("when only retiring models fit, none is crowned: no pick, the best named second, and a note first", () => {
    const r = recommend(answers(), [retiring()], "2026-11-25");
    expect(ids(r)).toEqual(["retiring"]);
    expect(r.headline.pick).toBeNull();
    expect(r.headline.sooner).toMatchObject({ item: { candidate: { id: "retiring" } }, daysLeft: 50 });
    expect(r.notes[0]).toBe(NO_LASTING_NOTE);
  });

  it("more than 90 days out: ranked on its merits, with an informational note", () => {
    const r = recommend(answers(), [retiring(), pricier()], "2026-10-01");
    expect(ids(r)).toEqual(["retiring", "active"]);
    expect(r.shortlist[0]!.warnings).toEqual([{ tone: "info", text: "Deprecated: shuts down on Jan 14, 2027 (in 105 days)." }]);
  });

  it("the day before shutdown it is still callable; on the day it is never recommended", () => {
    const before = recommend(answers(), [retiring()], "2027-01-13");
    expect(before.headline.pick).toBeNull();
    expect(before.shortlist[0]!.warnings[0]!.text).toBe("Retiring: shuts down on Jan 14, 2027, in 1 day. Calls fail after that.");
    expect(before.shortlist[0]!.why).toMatch(/^No model that fits your answers is safe for more than 90 days/);
    const on = recommend(answers(), [retiring()], "2027-01-14");
    expect(on.shortlist).toEqual([]);
    expect(on.ruledOut[0]).toMatchObject({ id: "retiring", status: "shutdown", reasons: [{ code: "shutdown" }] });
  });

  it("the fixture catalog: shut-down models are never on any shortlist", () => {
    const list = wizardCandidates(fixtureCatalog);
    for (const primary of ["quality", "speed", "cost"] as const) {
      const r = recommend(answers({ primary, largest: 16_000, typical: 1_000 }), list, TODAY);
      expect(r.ranked.every((m) => m.status === "active" || m.status === "deprecated")).toBe(true);
      expect(
        r.ruledOut
          .filter((x) => x.status === "shutdown")
          .map((x) => x.id)
          .sort(),
      ).toEqual(["gamma-nano"]);
    }
  });
});

describe("the result's lists and notes", () => {
  it("lists ruled-out models by ID", () => {
    const big = { size: "full-size" as const };
    const r = recommend(answers(), [cand("z", big), cand("ok"), cand("b", big), cand("m", big)], TODAY);
    expect(r.ruledOut.map((x) => x.id)).toEqual(["b", "m", "z"]);
  });

  it("names a retiring model second only when it is better on the primary, not on a tie-break", () => {
    // Both deprecated and $9.00; the retiring one takes larger inputs, which only breaks ties.
    const lasting = cand("lasting", { lifecycle: lifecycle({ status: "deprecated", shutdownDate: "2027-12-31" }) });
    const leaving = cand("leaving", {
      contextWindow: 2_000_000,
      lifecycle: lifecycle({ status: "deprecated", shutdownDate: "2027-01-14" }),
    });
    const r = recommend(answers(), [lasting, leaving], TODAY);
    expect(r.headline.pick?.candidate.id).toBe("lasting");
    expect(r.headline.sooner).toBeNull();
  });

  it("adds the reasoning-cost note when any pick reasons", () => {
    const reasons = { supported: true, efforts: [], defaultEffort: null };
    const note = /^Costs assume no reasoning tokens/;
    const mixed = recommend(answers(), [cand("a"), cand("r", { reasoning: reasons })], TODAY);
    expect(mixed.notes.filter((n) => note.test(n))).toHaveLength(1);
    expect(recommend(answers(), [cand("a")], TODAY).notes.filter((n) => note.test(n))).toEqual([]);
  });
});

describe("the quality note", () => {
  it("says the makers' figures are not comparable when a pick's score was measured at an effort setting", () => {
    const at = (setting: string | null) => ({ benchmark: "GPQA Diamond", value: 50, setting, reporter: "x" });
    const note =
      "Quality figures are the makers' own, some measured at high reasoning effort; they are not comparable across benchmarks.";
    expect(recommend(answers(), [cand("a"), cand("b", { quality: at("high") })], TODAY).notes).toContain(note);
    expect(recommend(answers(), [cand("a", { quality: at(null) })], TODAY).notes).not.toContain(note);
  });
});
