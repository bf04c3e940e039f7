import { describe, expect, it } from "vitest";

import { chartsHref, ignoredChartsParams, loadChartsParams, sanitizeChartsState, serializeCharts } from "./charts";

const known = {
  benchmarks: new Set(["mmlu", "gpqa-diamond", "swe-bench-verified"]),
  models: new Set(["gpt-4.1-mini", "gpt-4o-mini", "gpt-4.1-nano"]),
};

describe("charts URL contract", () => {
  it("defaults: MMLU, Standard, linear, 3:1, callable models, charts (no tables)", () => {
    const s = loadChartsParams({});
    expect(s).toMatchObject({
      bench: "mmlu",
      tier: "standard",
      scale: "linear",
      qbench: "gpqa-diamond",
      mix: 75,
      qscale: "linear",
      frontier: "lasting",
      models: [],
      retired: false,
      tables: [],
      sortBench: null,
    });
    expect(chartsHref(s)).toBe("/charts");
  });

  it("round-trips every choice through short keys", () => {
    const href = serializeCharts("/charts", {
      bench: "swe-bench-verified",
      tier: "batch",
      scale: "log",
      qbench: "mmlu",
      mix: 50,
      qscale: "log",
      frontier: "shown",
      models: ["gpt-4.1-mini", "gpt-4o-mini"],
      retired: true,
      tables: ["bench", "quality"],
      sortBench: { id: "score", desc: true },
      sortQuality: { id: "price", desc: false },
    });
    expect(href).toBe(
      "/charts?b=swe-bench-verified&tier=batch&scale=log&qb=mmlu&mix=50&qscale=log&qf=shown&m=gpt-4.1-mini,gpt-4o-mini&old=1&tbl=bench,quality&sb=-score&sq=price",
    );
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(loadChartsParams(params)).toMatchObject({
      bench: "swe-bench-verified",
      mix: 50,
      models: ["gpt-4.1-mini", "gpt-4o-mini"],
      sortBench: { id: "score", desc: true },
    });
    expect(ignoredChartsParams(params, known)).toEqual([]);
  });

  it("falls back to defaults on garbage, huge or negative values, and says which", () => {
    const bad = {
      b: "<script>",
      tier: "premium",
      scale: "cubic",
      mix: "-5",
      m: "gpt-4.1-mini,NOPE",
      old: "maybe",
      tbl: "bench,pie",
      sb: "-nonsense",
      qb: "x".repeat(500),
    };
    const s = loadChartsParams(bad);
    expect(s).toMatchObject({
      bench: "mmlu",
      tier: "standard",
      scale: "linear",
      mix: 75,
      models: [],
      retired: false,
      tables: [],
      sortBench: null,
      qbench: "gpqa-diamond",
    });
    expect(
      ignoredChartsParams(bad, known)
        .map((p) => p.key)
        .sort(),
    ).toEqual(["b", "m", "mix", "old", "qb", "sb", "scale", "tbl", "tier"]);
    expect(ignoredChartsParams(bad, known).find((p) => p.key === "qb")?.value.length).toBeLessThanOrEqual(61);
  });

  it("rejects a mix that is not a whole step in 0–100", () => {
    for (const mix of ["101", "1e2", "72", "75.0", "NaN", "99999999999"]) expect(loadChartsParams({ mix }).mix).toBe(75);
    for (const mix of ["0", "5", "100"]) expect(loadChartsParams({ mix }).mix).toBe(Number(mix));
  });

  it("notices and drops benchmarks and models the catalog does not know", () => {
    const params = { b: "made-up-bench", m: "gpt-4.1-mini,gpt-9-nano" };
    expect(ignoredChartsParams(params, known).map((p) => p.key)).toEqual(["b", "m"]);
    const s = sanitizeChartsState(loadChartsParams(params), known);
    expect(s.bench).toBe("mmlu");
    expect(s.models).toEqual([]);
  });
});
