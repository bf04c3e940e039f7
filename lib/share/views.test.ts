import { describe, expect, it } from "vitest";
import { catalogShare, compareShare, migrateShare, SHARE_VIEWS, wizardShare } from "./views";

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
