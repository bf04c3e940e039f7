import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { model, score } from "./fixtures.test-helpers";
import { blendedPrice, buildQualityChart, formatMix, labelTargets, paretoFrontier } from "./quality";

describe("blendedPrice", () => {
  it("blends 3:1 input:output exactly", () => {
    expect(blendedPrice(0.4, 1.6, 75)).toBe(0.7);
    expect(blendedPrice(0.15, 0.6, 75)).toBe(0.2625);
    expect(blendedPrice(0.1, 0.5, 75)).toBe(0.2);
    expect(blendedPrice(0.05, 0.4, 75)).toBe(0.1375);
  });
  it("covers the ends and other mixes", () => {
    expect(blendedPrice(0.4, 1.6, 100)).toBe(0.4);
    expect(blendedPrice(0.4, 1.6, 0)).toBe(1.6);
    expect(blendedPrice(0.4, 1.6, 50)).toBe(1);
  });
  it("is null for missing prices or a share outside 0–100", () => {
    expect(blendedPrice(null, 1.6, 75)).toBeNull();
    expect(blendedPrice(0.4, null, 75)).toBeNull();
    expect(blendedPrice(0.4, 1.6, -5)).toBeNull();
    expect(blendedPrice(0.4, 1.6, 101)).toBeNull();
    expect(blendedPrice(0.4, 1.6, Number.NaN)).toBeNull();
  });
  it("always lies between the input and output price", () => {
    const price = fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 1_000_000);
    fc.assert(
      fc.property(price, price, fc.integer({ min: 0, max: 100 }), (i, o, s) => {
        const b = blendedPrice(i, o, s)!;
        return b >= Math.min(i, o) - 1e-12 && b <= Math.max(i, o) + 1e-12;
      }),
    );
  });
});

describe("formatMix", () => {
  it("reduces the ratio", () => {
    expect(formatMix(75)).toBe("3:1");
    expect(formatMix(60)).toBe("3:2");
    expect(formatMix(50)).toBe("1:1");
    expect(formatMix(100)).toBe("input only");
    expect(formatMix(0)).toBe("output only");
  });
});

describe("paretoFrontier", () => {
  it("keeps the points no other point beats on both price and score, cheapest first", () => {
    const pts = [
      { id: "a", price: 1, score: 50 },
      { id: "b", price: 2, score: 40 }, // dominated by a
      { id: "c", price: 3, score: 70 },
      { id: "d", price: 0.5, score: 30 },
      { id: "e", price: 3, score: 60 }, // same price as c, lower score
      { id: "f", price: 5, score: 70 }, // same score as c, dearer
    ];
    expect(paretoFrontier(pts).map((p) => p.id)).toEqual(["d", "a", "c"]);
  });
  it("keeps only the first of identical points and handles empty input", () => {
    expect(
      paretoFrontier([
        { id: "x", price: 1, score: 1 },
        { id: "y", price: 1, score: 1 },
      ]).map((p) => p.id),
    ).toEqual(["x"]);
    expect(paretoFrontier([])).toEqual([]);
  });
  it("no frontier point is dominated, every other point is", () => {
    const pt = fc.record({ price: fc.integer({ min: 1, max: 50 }), score: fc.integer({ min: 0, max: 100 }) });
    fc.assert(
      fc.property(fc.array(pt, { maxLength: 30 }), (pts) => {
        const front = new Set(paretoFrontier(pts));
        const dominated = (p: (typeof pts)[number]) =>
          pts.some((q) => q.price <= p.price && q.score >= p.score && (q.price < p.price || q.score > p.score));
        return pts.every((p) =>
          front.has(p)
            ? !dominated(p)
            : dominated(p) || pts.some((q) => front.has(q) && q.price === p.price && q.score === p.score),
        );
      }),
    );
  });
});

describe("buildQualityChart", () => {
  const gpqa = { slug: "gpqa-diamond", name: "GPQA Diamond", unit: "%" as const };
  const tiers = (input: number, output: number) => ({
    standard: { input, cachedInput: null, output },
    batch: null,
    flex: null,
    fast: null,
  });
  const models = [
    model("cheap", {
      tiers: tiers(0.1, 0.4),
      scores: [score({ name: "GPQA Diamond", value: 50 }), score({ name: "GPQA Diamond", value: 51, reportedBy: "independent" })],
    }),
    model("mid", { tiers: tiers(0.4, 1.6), scores: [score({ name: "GPQA Diamond", value: 45 })] }),
    model("top", { tiers: tiers(1, 4), scores: [score({ name: "GPQA Diamond", value: 80 })] }),
    model("noscore", { tiers: tiers(0.1, 0.4) }),
    model("noprice", {
      tiers: { standard: null, batch: null, flex: null, fast: null },
      scores: [score({ name: "GPQA Diamond", value: 90 })],
    }),
  ];

  it("plots each score against the blended price and marks the frontier", () => {
    const c = buildQualityChart(models, gpqa, "standard", 75);
    expect(c.points.map((p) => [p.key, p.price, p.score, p.onFrontier])).toEqual([
      ["cheap:independent", 0.175, 51, true],
      ["cheap:self-reported", 0.175, 50, false],
      ["mid:self-reported", 0.7, 45, false],
      ["top:self-reported", 1.75, 80, true],
    ]);
    expect(c.frontier.map((p) => p.key)).toEqual(["cheap:independent", "top:self-reported"]);
  });

  it("draws the frontier through lasting models by default, flagging a retiring point that would be on it", () => {
    // "soon" scores 70 at 0.175 (3:1 of 0.1 / 0.4): it beats "top" on price and "cheap" on score,
    // but it shuts down within 90 days, so the default frontier passes it by and says so.
    const soon = model("soon", {
      tiers: tiers(0.1, 0.4),
      status: "deprecated",
      standing: "leaving",
      scores: [score({ name: "GPQA Diamond", value: 70 })],
    });
    const c = buildQualityChart([...models, soon], gpqa, "standard", 75);
    expect(c.frontierOver).toBe("lasting");
    expect(c.frontier.map((p) => p.key)).toEqual(["cheap:independent", "top:self-reported"]);
    expect(c.points.filter((p) => p.wouldBeOnFrontier).map((p) => p.key)).toEqual(["soon:self-reported"]);
    // Over every shown point, "soon" is on the frontier and "cheap" (51 at the same price) is not.
    const all = buildQualityChart([...models, soon], gpqa, "standard", 75, "shown");
    expect(all.frontier.map((p) => p.key)).toEqual(["soon:self-reported", "top:self-reported"]);
    expect(all.points.some((p) => p.wouldBeOnFrontier)).toBe(false);
  });

  it("lists models without a score or without a price", () => {
    const c = buildQualityChart(models, gpqa, "standard", 75);
    expect(c.noScore.map((m) => m.id)).toEqual(["noscore"]);
    expect(c.noPrice.map((m) => m.id)).toEqual(["noprice"]);
  });

  it("moves prices with the mix", () => {
    const c = buildQualityChart(models, gpqa, "standard", 50);
    expect(c.points.find((p) => p.id === "top")?.price).toBe(2.5);
  });
});

describe("labelTargets", () => {
  it("labels each model once, at its best score", () => {
    const gpqa = { slug: "gpqa-diamond", name: "GPQA Diamond", unit: "%" as const };
    const t = { standard: { input: 0.1, cachedInput: null, output: 0.4 }, batch: null, flex: null, fast: null };
    const c = buildQualityChart(
      [
        model("nano", {
          tiers: t,
          scores: [
            score({ name: "GPQA Diamond", value: 50.3 }),
            score({ name: "GPQA Diamond", value: 51.2, reportedBy: "independent" }),
          ],
        }),
      ],
      gpqa,
      "standard",
      75,
    );
    expect(labelTargets(c.points).map((p) => p.key)).toEqual(["nano:independent"]);
  });
});
