import { describe, expect, it, vi } from "vitest";

import { FIXTURE_TODAY } from "@/lib/catalog/fixture.test-helpers";

import { SHARE_VIEWS } from "./views";

// Each view's share from a raw link, as the share image's route builds it (page loader, then share).
const { catalog: catalogShare, compare: compareShare, migrate: migrateShare, wizard: wizardShare } = SHARE_VIEWS;

// views.ts loads the catalog itself: give it the fixture catalog, and pin "today" to the fixture's day.
vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);
vi.stubEnv("NAVIGATOR_TODAY", FIXTURE_TODAY);

describe("share text per view, from raw links", () => {
  it("wizard: the shortlist at the result, the step before it", () => {
    const result = wizardShare({ s: "result", p: "cost", tl: "8000", img: "no", in: "1000000", out: "500000" });
    // The fixture's cheapest active models on the article workload (see lib/recommend/rank.test.ts).
    expect(result.title).toBe("Shortlist: beta-lite, alpha-nano, alpha-mini");
    expect(result.description).toMatch(/cost first, inputs up to 8,000 tokens, text only/);
    expect(result.card.table?.rows.find((r) => r.label === "Per month")?.values).toEqual(["$10.50", "$11.25", "$90.00"]);
    expect(result.query).toContain("s=result");
    // A link to the result with answers missing lands on the first unanswered step.
    expect(wizardShare({ s: "result" }).title).toBe("Selection wizard, step 1 of 4");
    expect(wizardShare({ s: "3", p: "speed", tl: "4000" }).title).toBe("Selection wizard, step 3 of 4");
  });

  it("migrate: from, to, countdown and cost before and after", () => {
    const s = migrateShare({ from: "gamma-nano" });
    expect(s.title).toBe("Migrate from gamma-nano to beta-lite");
    // Shut down on 2026-10-23, 33 days before 2026-11-25; $0.30 → $0.35 a day on the article workload.
    expect(s.description).toMatch(/^gamma-nano: shut down 33 days ago\./);
    expect(s.description).toContain("Per month: $9.00 → $10.50.");
    expect(s.query).toBe("?from=gamma-nano");
    expect(migrateShare({ from: "gpt-99-fake" }).title).toBe("Migration planner");
  });

  it("catalog: the default link leads with today's answer and with models that stay callable", () => {
    const s = catalogShare({});
    // Fixture README: beta-lite $10.50 is the cheapest lasting small model on the article's workload;
    // delta-nano ($7.50) retires on Dec 11, 2026, 16 days after 2026-11-25.
    expect(s.description).toBe(
      "Today's cheapest small model that stays callable: beta-lite, $10.50 a month for the article's workload. " +
        "delta-nano is $7.50 a month but shuts down on Dec 11, 2026 (in 16 days). " +
        "All 8 models with sourced prices, limits, benchmarks and lifecycle.",
    );
    // Lasting models in catalog order, then the first retiring one; no shut-down model in the first five.
    expect(s.card.lines?.map((l) => `${l.label}: ${l.value}`)).toEqual([
      "alpha-mini: $0.75 in · $4.50 out",
      "alpha-nano: $0.10 in · $0.55 out",
      "beta-lite: $0.10 in · $0.50 out",
      "omega: $2.50 in · $10.00 out",
      "delta-nano: $0.05 in · $0.40 out · retires Dec 11, 2026",
    ]);
    // Sorted by input price, the cheapest input (delta-nano, retiring) still comes after the callable ones.
    expect(catalogShare({ sort: "input" }).card.lines?.[0]?.label).toBe("alpha-nano");
    expect(catalogShare({ sort: "input", flat: "true" }).card.lines?.[0]?.label).toBe("delta-nano");
  });

  it("every view answers for any link, hostile ones included", () => {
    const hostile = { m: "<script>", q: "x".repeat(200), s: "9", from: "../../etc", in: "1e999", sort: "__proto__" };
    for (const build of Object.values(SHARE_VIEWS)) {
      const s = build(hostile);
      expect(typeof s.title).toBe("string");
      expect(s.card.title.length).toBeGreaterThan(0);
    }
    expect(catalogShare(hostile).query).toBe("");
    expect(compareShare(hostile).query).toBe("");
  });
});

describe("calculator and charts share text", () => {
  it("calculator: the workload and the cheapest callable model's monthly cost", async () => {
    const { calculator: calculatorShare, charts: chartsShare } = (await import("./views")).SHARE_VIEWS;
    const s = calculatorShare({ m: "alpha-mini,alpha-nano" });
    // alpha-nano: (1M × $0.10 + 0.5M × $0.55) / 1M × 30 days = $11.25
    expect(s.title).toBe("Monthly cost: alpha-nano from $11.25");
    expect(s.description).toContain("1,000,000 input + 500,000 output tokens a day, Standard tier");
    expect(s.card.lines?.map((l) => l.label)).toEqual(["alpha-nano", "alpha-mini"]);
    expect(s.query).toBe("?m=alpha-mini,alpha-nano");
    // The default view: every callable model on the article's workload (fixture README, a month):
    // delta-nano $7.50 retires Dec 11 (16 days); beta-lite $10.50 is the cheapest that lasts.
    const d = calculatorShare({});
    expect(d.title).toBe("Monthly cost: beta-lite from $10.50");
    expect(d.description).toBe(
      "1,000,000 input + 500,000 output tokens a day, Standard tier. Cheapest model that stays callable: beta-lite at $10.50 a month. " +
        "delta-nano is $7.50 a month but shuts down on Dec 11, 2026 (in 16 days).",
    );
    // The card lists lasting models first (by monthly cost, as the table), then the retiring ones.
    expect(d.card.lines?.map((l) => `${l.label}: ${l.value}`)).toEqual([
      "beta-lite: $10.50 a month",
      "alpha-nano: $11.25 a month",
      "alpha-mini: $90.00 a month",
      "omega: $225.00 a month",
      "delta-nano: $7.50 a month · retires Dec 11, 2026",
    ]);
    // As of 2026-04-01: alpha-nano's input was $0.20, (0.20 + 0.55 / 2) × 30 = $14.25; the day is named.
    const then = calculatorShare({ m: "alpha-mini,alpha-nano", on: "2026-04-01" });
    expect(then.title).toBe("Monthly cost: alpha-nano from $14.25 (prices as of Apr 1, 2026)");
    expect(then.description).toMatch(/ Prices as of Apr 1, 2026\.$/);
    expect(then.card.subtitle).toMatch(/ · prices as of Apr 1, 2026$/);
    expect(then.query).toBe("?m=alpha-mini,alpha-nano&on=2026-04-01");
    const c = chartsShare({ b: "gpqa-diamond", tier: "batch" });
    expect(c.title).toBe("Charts: GPQA Diamond scores, Batch prices");
    expect(c.query).toBe("?b=gpqa-diamond&tier=batch");
    // The image draws the benchmark's bars: best published score first, values as published.
    // Callable models with a GPQA Diamond score: alpha-mini 88, alpha-nano 80, delta-nano 70, gamma-mini 65.
    const bars = c.card.bars!;
    expect(bars.caption).toMatch(/^GPQA Diamond, best published score \(%\)/);
    expect(bars.max).toBe(100);
    expect(bars.items.map((b) => [b.label, b.value, b.display])).toEqual([
      ["alpha-mini", 88, "88%"],
      ["alpha-nano", 80, "80%"],
      ["delta-nano (retiring)", 70, "70%"],
      ["gamma-mini (retiring)", 65, "65%"],
    ]);
    // Two chosen models: exactly those two bars.
    const two = chartsShare({ b: "gpqa-diamond", m: "alpha-mini,alpha-nano" }).card.bars!;
    expect(two.items.map((b) => b.label)).toEqual(["alpha-mini", "alpha-nano"]);
    // Neither publishes MMLU (the default): no bars, the description says what is plotted.
    const none = chartsShare({ m: "alpha-mini,alpha-nano" }).card;
    expect(none.bars).toBeUndefined();
    expect(none.subtitle).toContain("MMLU scores");
  });
});
