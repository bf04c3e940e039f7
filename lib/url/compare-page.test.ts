import { describe, expect, it } from "vitest";

import { loadComparePage } from "./compare-page";

describe("compare page loader", () => {
  it("resolves the linked models, says what it left out, and builds the table and the calculator link", () => {
    const page = loadComparePage({ m: "GPT-5.4-mini,gpt-9-nope,gpt-5.4-nano,gpt-5.4-mini", in: "2000000", d: "maybe" });
    expect(page.state).toEqual({
      models: ["gpt-5.4-mini", "gpt-5.4-nano"],
      diffOnly: false,
      inputPerDay: 2_000_000,
      outputPerDay: 500_000,
      tier: "standard",
      on: null,
    });
    expect(page.ignored).toEqual([{ key: "d", value: "maybe" }]);
    expect(page.problems.map((p) => p.message)).toEqual([
      "Not in the catalog, left out: “gpt-9-nope”.",
      "Listed more than once, shown once: “gpt-5.4-mini”.",
    ]);
    expect(page.table?.models.map((m) => m.id)).toEqual(["gpt-5.4-mini", "gpt-5.4-nano"]);
    expect(page.query).toBe("?m=gpt-5.4-mini,gpt-5.4-nano&in=2000000");
    expect(page.calculatorLink).toBe("/calculator?in=2000000&m=gpt-5.4-mini,gpt-5.4-nano");
    expect(page.options.map((o) => o.id)).toContain("gpt-4o-mini");
  });

  it("with fewer than two models there is no table", () => {
    const page = loadComparePage({ m: "gpt-5.4-mini" });
    expect(page.table).toBeNull();
    expect([page.ignored, page.problems]).toEqual([[], []]);
  });
});
