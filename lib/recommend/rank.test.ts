import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { wizardCandidates } from "./candidates";
import { answers, cand, ids, lifecycle, TODAY } from "./fixtures.test-helpers";
import { recommend } from "./rank";
import type { Priority } from "./types";

describe("scenario table (real catalog, today 2026-11-25)", () => {
  const catalog = wizardCandidates(loadCatalog());
  const CONTEXT = {
    "≤128K": { typical: 2_000, largest: 8_000 },
    ">128K": { typical: 10_000, largest: 300_000 },
    ">400K": { typical: 10_000, largest: 600_000 },
  } as const;
  // Expected shortlists, worked out by hand from data/models (see rank.ts for the rules):
  // active and callable: gpt-6-luna ($10.50/month here, 922K input), gpt-5.6-luna ($24.00, 1.05M),
  // gpt-5.4-nano ($24.75, 400K, GPQA 82.8, 191 tok/s), gpt-5.4-mini ($90, 400K, GPQA 88, 201 tok/s).
  // Retiring within 90 days (rank after those): gpt-5-nano, gpt-4o-mini, gpt-4.1-mini, gpt-5-mini.
  // Every callable small model takes images, so the image answer changes nothing today.
  const EXPECTED: Record<keyof typeof CONTEXT, Record<Priority, string[]>> = {
    "≤128K": {
      cost: ["gpt-6-luna", "gpt-5.6-luna", "gpt-5.4-nano"],
      quality: ["gpt-5.4-mini", "gpt-5.4-nano", "gpt-6-luna"],
      speed: ["gpt-5.4-mini", "gpt-5.4-nano", "gpt-6-luna"],
    },
    ">128K": {
      cost: ["gpt-6-luna", "gpt-5.6-luna", "gpt-5.4-nano"],
      quality: ["gpt-5.4-mini", "gpt-5.4-nano", "gpt-6-luna"],
      speed: ["gpt-5.4-mini", "gpt-5.4-nano", "gpt-6-luna"],
    },
    ">400K": {
      cost: ["gpt-6-luna", "gpt-5.6-luna", "gpt-4.1-mini"],
      quality: ["gpt-6-luna", "gpt-5.6-luna", "gpt-4.1-mini"],
      speed: ["gpt-6-luna", "gpt-5.6-luna", "gpt-4.1-mini"],
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
    expect(first.candidate.id).toBe("gpt-6-luna");
    expect(first.status).toBe("active");
    expect(first.candidate.contextWindow).toBeGreaterThanOrEqual(1_000_000);
    expect(first.cost.perMonth).toBe("10.5");
    expect(r.shortlist.map((p) => p.cost.perMonth)).toEqual(["10.5", "24", "24.75"]);
    expect(first.why).toBe(
      "Cheapest active small model that takes images and fits your largest input (300K tokens): $10.50/month.",
    );
    // With small inputs, the cheaper but retiring gpt-5-nano also fits: the reason says what the rule cost.
    expect(recommend(answers({ primary: "cost" }), catalog, TODAY).shortlist[0]!.why).toBe(
      "Cheapest active small model that fits your largest input (8K tokens): $10.50/month. gpt-5-nano would be cheaper ($7.50/month) but shuts down on Dec 11, 2026.",
    );
    expect(first.whenOther).toContain("If quality matters more than cost, take gpt-5.4-mini (GPQA Diamond 88% at xhigh effort).");
  });

  it("a second priority reorders models about equal on the first", () => {
    // gpt-5.4-nano ($24.75) is within 10% of gpt-5.6-luna ($24.00) and has a quality score.
    const r = recommend(answers({ primary: "cost", secondary: "quality" }), catalog, TODAY);
    expect(ids(r)).toEqual(["gpt-6-luna", "gpt-5.4-nano", "gpt-5.6-luna"]);
    expect(r.shortlist[1]!.why).toMatch(/^About as cheap as gpt-5\.6-luna .* within 10%\) and better on quality/);
    // gpt-5.4-nano (191 tok/s) is within 10% of gpt-5.4-mini (201) and far cheaper.
    const s = recommend(answers({ primary: "speed", secondary: "cost", typical: 10_000, largest: 300_000 }), catalog, TODAY);
    expect(ids(s)).toEqual(["gpt-5.4-nano", "gpt-5.4-mini", "gpt-6-luna"]);
    // 88 vs 82.8 is more than 2 points apart: cost cannot overrule quality there.
    expect(ids(recommend(answers({ primary: "quality", secondary: "cost" }), catalog, TODAY))).toEqual([
      "gpt-5.4-mini",
      "gpt-5.4-nano",
      "gpt-6-luna",
    ]);
  });

  it("prices long typical requests at the long-context rates", () => {
    const r = recommend(answers({ primary: "cost", typical: 300_000, largest: 600_000 }), catalog, TODAY);
    expect(ids(r)).toEqual(["gpt-6-luna", "gpt-5.6-luna", "gpt-4.1-mini"]);
    // 1M × $0.10 × 2 + 0.5M × $0.50 × 1.5 = $0.575 a day; gpt-5.6-luna: $0.40 + $0.90 = $1.30.
    expect(r.shortlist.map((p) => p.cost.perMonth)).toEqual(["17.25", "39", "36"]);
    expect(r.shortlist[0]!.cost.longContextApplied).toBe(true);
  });

  it("says quality is unknown instead of inventing it", () => {
    const r = recommend(answers({ primary: "quality", typical: 10_000, largest: 600_000 }), catalog, TODAY);
    expect(r.shortlist[0]!.why).toMatch(/^Quality unknown: no GPQA Diamond or MMLU score in the catalog/);
    expect(r.shortlist[0]!.why).toMatch(/ties with gpt-5\.6-luna on quality \(both unknown\); the tie-break rule puts it first because it costs less/);
    expect(r.shortlist[2]!.warnings[0]).toMatchObject({ tone: "warn" });
    expect(r.shortlist[0]!.whenOther).toContain(
      "If speed matters more than quality: no active model that fits has a published speed; gpt-4.1-mini has one (77.2 tokens/s), but it shuts down on Jan 14, 2027.",
    );
    expect(r.shortlist[2]!.whenOther).toContain(
      "If speed matters more than quality: no active model that fits has a published speed; this one has (77.2 tokens/s), but it shuts down on Jan 14, 2027.",
    );
  });

  it("rules out every other model with its reasons, and never lists snapshots", () => {
    const r = recommend(answers({ images: true, typical: 10_000, largest: 300_000 }), catalog, TODAY);
    const out = new Map(r.ruledOut.map((x) => [x.id, x.reasons.map((y) => y.code)]));
    expect(out.get("gpt-4.1-nano")).toEqual(["shutdown"]);
    expect(out.get("gpt-4o")).toEqual(["full-size", "context-too-small"]);
    expect(out.get("gpt-4.1")).toEqual(["full-size"]);
    expect(out.get("o1-mini")).toEqual(["status-unknown", "context-too-small", "image-input-unknown"]);
    expect(out.get("gpt-3.5-turbo")).toEqual(["shutdown", "context-too-small", "no-image-input"]);
    expect(out.get("gpt-4o-mini")).toEqual(["context-too-small"]);
    expect(out.get("gpt-5-mini")).toEqual(["context-too-small"]);
    expect([...out.keys()].some((id) => /\d{4}-\d{2}-\d{2}$/.test(id))).toBe(false);
    expect(r.ruledOut.find((x) => x.id === "gpt-4o")!.reasons[0]!.text).toBe("full-size reference, not a small model");
    // Eligible + ruled out = every alias/model, each once.
    const aliases = catalog.filter((c) => c.kind !== "snapshot").map((c) => c.id).sort();
    expect([...r.ranked.map((m) => m.candidate.id), ...r.ruledOut.map((x) => x.id)].sort()).toEqual(aliases);
  });

  it("says plainly that no small model takes audio, and ranks for transcribed text", () => {
    const r = recommend(answers({ audio: true }), catalog, TODAY);
    expect(r.notes[0]).toMatch(/^No small model in this catalog takes audio input/);
    expect(ids(r)).toEqual(["gpt-6-luna", "gpt-5.6-luna", "gpt-5.4-nano"]);
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
  // Shuts down on 2027-01-14, like gpt-4o-mini and gpt-4.1-mini.
  const retiring = () => cand("retiring", { input: 0.01, lifecycle: lifecycle({ status: "deprecated", shutdownDate: "2027-01-14" }) });
  const pricier = () => cand("active", { input: 0.5 });

  it("within 90 days: warned, and ranked after every longer-lived model however cheap", () => {
    const r = recommend(answers(), [retiring(), pricier()], "2026-11-25");
    expect(ids(r)).toEqual(["active", "retiring"]);
    expect(r.shortlist[1]!.warnings).toEqual([
      { tone: "warn", text: "Retiring: shuts down on Jan 14, 2027, in 50 days. Calls fail after that." },
    ]);
    expect(r.shortlist[1]!.why).toMatch(/^Shuts down within 90 days, so it ranks after every longer-lived model that fits\./);
    expect(r.shortlist[0]!.why).toMatch(/retiring would be cheaper .* but shuts down on Jan 14, 2027\./);
    expect(r.shortlist[1]!.whenOther).toContain("If you need it after Jan 14, 2027, take active.");
  });

  it("more than 90 days out: ranked on its merits, with an informational note", () => {
    const r = recommend(answers(), [retiring(), pricier()], "2026-10-01");
    expect(ids(r)).toEqual(["retiring", "active"]);
    expect(r.shortlist[0]!.warnings).toEqual([{ tone: "info", text: "Deprecated: shuts down on Jan 14, 2027 (in 105 days)." }]);
  });

  it("the day before shutdown it is still callable; on the day it is never recommended", () => {
    const before = recommend(answers(), [retiring()], "2027-01-13");
    expect(before.shortlist[0]!.warnings[0]!.text).toBe("Retiring: shuts down on Jan 14, 2027, in 1 day. Calls fail after that.");
    expect(before.shortlist[0]!.why).toMatch(/^No model that fits your answers is safe for more than 90 days/);
    const on = recommend(answers(), [retiring()], "2027-01-14");
    expect(on.shortlist).toEqual([]);
    expect(on.ruledOut[0]).toMatchObject({ id: "retiring", status: "shutdown", reasons: [{ code: "shutdown" }] });
  });

  it("today's real catalog: shut-down models are never on any shortlist", () => {
    const list = wizardCandidates(loadCatalog());
    for (const primary of ["quality", "speed", "cost"] as const) {
      const r = recommend(answers({ primary, largest: 16_000, typical: 1_000 }), list, TODAY);
      expect(r.ranked.every((m) => m.status === "active" || m.status === "deprecated")).toBe(true);
      expect(r.ruledOut.filter((x) => x.status === "shutdown").map((x) => x.id).sort()).toEqual(["gpt-3.5-turbo", "gpt-4.1-nano", "o3-mini", "o4-mini"]);
    }
  });
});
