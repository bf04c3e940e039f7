import { describe, expect, it } from "vitest";

import { loadChartsPage } from "./charts-page";

describe("charts page loader", () => {
  it("reads the link once: unknown benchmarks and models fall back, and are named", () => {
    const page = loadChartsPage({ b: "made-up-bench", qb: "mmlu", m: "gpt-5.4-nano,gpt-9-nope", tier: "batch", mix: "50" });
    expect(page.state).toMatchObject({ bench: "mmlu", qbench: "mmlu", models: [], tier: "batch", mix: 50 });
    expect(page.ignored.map((i) => i.key)).toEqual(["b", "m"]);
    expect(page.problems).toEqual([]);
    expect(page.query).toBe("?tier=batch&qb=mmlu&mix=50");
    expect(page.benchmarks.map((b) => b.slug)).toContain("mmlu");
    expect(page.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("an empty link is the default charts with nothing to report", () => {
    const page = loadChartsPage({});
    expect([page.ignored, page.problems, page.query]).toEqual([[], [], ""]);
  });
});
