import { describe, expect, it } from "vitest";

import { loadMigratePage } from "./migrate-page";

describe("migration planner page loader", () => {
  it("reads the link once: a replacement that is no target of `from` is dropped and named", () => {
    const page = loadMigratePage({ from: "gpt-4o-mini", to: "gpt-9-nope", in: "2000000", out: ["1", "2"] });
    expect(page.state).toEqual({
      from: "gpt-4o-mini",
      to: null,
      inPerDay: 2_000_000,
      outPerDay: 1,
      reasoningPerDay: 0,
      perRequest: null,
      fineTuning: false,
    });
    expect(page.ignored.map((i) => i.key)).toEqual(["to"]);
    expect(page.problems.map((p) => p.key)).toEqual(["out"]);
    expect(page.query).toBe("?from=gpt-4o-mini&in=2000000&out=1");
    expect(page.models.map((m) => m.id)).toContain("gpt-4o-mini");
  });

  it("an old link's req is tokens per request, read quietly; repeated, it is noticed like any key", () => {
    const page = loadMigratePage({ from: "gpt-4o-mini", req: "300000" });
    expect([page.state.perRequest, page.ignored, page.problems, page.query]).toEqual([
      300_000,
      [],
      [],
      "?from=gpt-4o-mini&tpr=300000",
    ]);
    expect(loadMigratePage({ from: "gpt-4o-mini", req: ["300000", "5"] }).problems.map((p) => p.key)).toEqual(["req"]);
  });

  it("an empty link is the empty planner with nothing to report", () => {
    const page = loadMigratePage({});
    expect([page.state.from, page.ignored, page.problems, page.query]).toEqual([null, [], [], ""]);
  });
});
