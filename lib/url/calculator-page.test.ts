import { describe, expect, it } from "vitest";

import { loadCalculatorParams } from "./calculator";
import { loadCalculatorPage } from "./calculator-page";

describe("calculator page loader", () => {
  it("reads the link once: state without unknown models, what it ignored, the link's problems", () => {
    const page = loadCalculatorPage({ in: "2000000", m: "gpt-5.4-nano,gpt-9-nope", tier: ["batch", "flex"], days: "0" });
    expect(page.state).toEqual({ ...loadCalculatorParams({ in: "2000000", tier: "batch" }), models: [] });
    expect(page.ignored.map((i) => i.key)).toEqual(["days", "m"]);
    expect(page.problems.map((p) => p.key)).toEqual(["tier"]);
    expect(page.query).toBe("?in=2000000&tier=batch");
    expect(page.models.map((m) => m.id)).toContain("gpt-5.4-nano");
  });

  it("an empty link is the article's workload with nothing to report", () => {
    const page = loadCalculatorPage({});
    expect([page.ignored, page.problems, page.query]).toEqual([[], [], ""]);
  });
});
