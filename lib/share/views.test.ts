import { describe, expect, it } from "vitest";
import { SHARE_VIEWS } from "./views";

// Each view's share from a raw link, as the share image's route builds it (page loader, then share).
const { catalog: catalogShare, compare: compareShare, migrate: migrateShare, wizard: wizardShare } = SHARE_VIEWS;

describe("share text per view, from raw links", () => {
  it("wizard: the shortlist at the result, the step before it", () => {
    const result = wizardShare({ s: "result", p: "cost", tl: "8000", img: "no", in: "1000000", out: "500000" });
    expect(result.title).toMatch(/^Shortlist: [a-z0-9.-]+(, [a-z0-9.-]+)*$/);
    expect(result.description).toMatch(/cost first, inputs up to 8,000 tokens, text only/);
    expect(result.card.table?.rows.find((r) => r.label === "Per month")?.values.every((v) => v.startsWith("$"))).toBe(true);
    expect(result.query).toContain("s=result");
    // A link to the result with answers missing lands on the first unanswered step.
    expect(wizardShare({ s: "result" }).title).toBe("Selection wizard, step 1 of 4");
    expect(wizardShare({ s: "3", p: "speed", tl: "4000" }).title).toBe("Selection wizard, step 3 of 4");
  });

  it("migrate: from, to, countdown and cost before and after", () => {
    const s = migrateShare({ from: "gpt-4.1-nano" });
    expect(s.title).toMatch(/^Migrate from gpt-4\.1-nano to [a-z0-9.-]+$/);
    expect(s.description).toMatch(/^gpt-4\.1-nano: shut down \d+ days ago\./);
    expect(s.description).toMatch(/Per month: \$[\d,.]+ → (\$[\d,.]+|not published)\./);
    expect(s.query).toBe("?from=gpt-4.1-nano");
    expect(migrateShare({ from: "gpt-99-fake" }).title).toBe("Migration planner");
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
    const s = calculatorShare({ m: "gpt-5.4-mini,gpt-5.4-nano" });
    // gpt-5.4-nano: (1M × $0.20 + 0.5M × $1.25) / 1M × 30 days = $24.75
    expect(s.title).toBe("Monthly cost: gpt-5.4-nano from $24.75");
    expect(s.description).toContain("1,000,000 input + 500,000 output tokens a day, Standard tier");
    expect(s.card.lines?.map((l) => l.label)).toEqual(["gpt-5.4-nano", "gpt-5.4-mini"]);
    expect(s.query).toBe("?m=gpt-5.4-mini,gpt-5.4-nano");
    const c = chartsShare({ b: "gpqa-diamond", tier: "batch" });
    expect(c.title).toBe("Charts: GPQA Diamond scores, Batch prices");
    expect(c.query).toBe("?b=gpqa-diamond&tier=batch");
    // The image draws the benchmark's bars: best published score first, values as published.
    const bars = c.card.bars!;
    expect(bars.caption).toMatch(/^GPQA Diamond, best published score \(%\)/);
    expect(bars.max).toBe(100);
    expect(bars.items.length).toBeGreaterThan(1);
    expect(bars.items.length).toBeLessThanOrEqual(6);
    const values = bars.items.map((b) => b.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(bars.items.every((b) => b.display === `${b.value}%`)).toBe(true);
    // Two chosen models: exactly those two bars.
    const two = chartsShare({ b: "gpqa-diamond", m: "gpt-5.4-mini,gpt-5.4-nano" }).card.bars!;
    expect(two.items.map((b) => b.label).sort()).toEqual(["gpt-5.4-mini", "gpt-5.4-nano"]);
    // Neither publishes MMLU (the default): no bars, the description says what is plotted.
    const none = chartsShare({ m: "gpt-5.4-mini,gpt-5.4-nano" }).card;
    expect(none.bars).toBeUndefined();
    expect(none.subtitle).toContain("MMLU scores");
  });
});
