import { describe, expect, it } from "vitest";

import { PRESETS } from "@/lib/cost/presets";
import { DEFAULT_INPUTS, toWorkload } from "@/lib/cost/workload";

import {
  calculatorHref,
  ignoredCalculatorParams,
  inputsFromState,
  loadCalculatorParams,
  matchesPreset,
  modePatch,
  presetHref,
  presetPatch,
  priceInCalculatorHref,
  sanitizeCalculatorState,
  type CalculatorState,
} from "./calculator";

const load = (query: string) => loadCalculatorParams(`https://x.test/calculator?${query}`);
const known = { ids: new Set(["gpt-4.1-nano", "gpt-4o-mini", "gpt-4.1-mini", "gpt-6-luna"]), today: "2026-11-25" };
const apply = (s: CalculatorState, patch: Record<string, unknown>) =>
  ({
    ...s,
    ...Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, v ?? load("")[k as keyof CalculatorState]])),
  }) as CalculatorState;

describe("calculator URL contract", () => {
  it("defaults to the article's workload, Standard tier, sorted by monthly cost", () => {
    const s = load("");
    expect(inputsFromState(s)).toEqual(DEFAULT_INPUTS);
    expect(s).toMatchObject({
      tier: "standard",
      preset: null,
      models: [],
      budget: null,
      retired: false,
      snapshots: false,
      sort: { column: "month", desc: false },
      chartAxis: "input",
      on: null,
    });
    expect(calculatorHref(s)).toBe("/calculator");
  });

  it("round-trips every parameter through the canonical link", () => {
    const s = load(
      "mode=request&req=5000&inr=2000&outr=250&rsnr=100&cache=50&days=31&tier=batch&preset=support&m=gpt-6-luna,gpt-4o-mini&budget=120.5&retired=1&snap=1&sort=-budget&axis=output&on=2025-04-15",
    );
    const href = calculatorHref(s);
    expect(load(href.split("?")[1]!)).toEqual(s);
    expect(s).toMatchObject({
      mode: "request",
      requestsPerDay: 5000,
      cachedPercent: 50,
      tier: "batch",
      budget: "120.5",
      sort: { column: "budget", desc: true },
      on: "2025-04-15",
    });
    // Defaults are left out of the link.
    expect(href).not.toContain("in=");
  });

  it("reads nothing it cannot trust: every bad value falls back and is named", () => {
    const bad = {
      mode: "sideways",
      in: "-5",
      out: "1e99",
      rsn: "12abc",
      req: "999999999999",
      inr: "1.5",
      outr: "x",
      rsnr: "NaN",
      cache: "101",
      days: "0",
      tier: "gold",
      preset: "nope",
      m: "not-a-model",
      budget: "0.001",
      retired: "maybe",
      snap: "2",
      sort: "price",
      axis: "z",
      on: "2025-13-01",
    };
    const query = new URLSearchParams(bad).toString();
    expect(inputsFromState(load(query))).toEqual(DEFAULT_INPUTS);
    expect(
      ignoredCalculatorParams(bad, known)
        .map((p) => p.key)
        .sort(),
    ).toEqual(Object.keys(bad).sort());
    expect(ignoredCalculatorParams({ in: "1000000", m: "gpt-6-luna", retired: "1", on: "2025-04-15" }, known)).toEqual([]);
  });

  it("prices as of a day from 2020 to a year past today; other days are named and fall back to today", () => {
    // known.today is 2026-11-25: the last day a link may ask for is 2027-11-25.
    for (const on of ["2019-12-31", "2027-11-26", "2025-02-30", "tomorrow"]) {
      expect(ignoredCalculatorParams({ on }, known), on).toEqual([{ key: "on", value: on }]);
      expect(sanitizeCalculatorState(load(`on=${on}`), known).on, on).toBeNull();
    }
    expect(sanitizeCalculatorState(load("on=2027-11-25"), known).on).toBe("2027-11-25");
    // Today is the default: a link naming it opens today's view, whose canonical link leaves it out.
    expect(ignoredCalculatorParams({ on: "2026-11-25" }, known)).toEqual([]);
    expect(sanitizeCalculatorState(load("on=2026-11-25"), known).on).toBeNull();
  });

  it("carries another view's day into the calculator", () => {
    const w = { inputTokensPerDay: 1_000_000, outputTokensPerDay: 500_000 };
    expect(priceInCalculatorHref(["gpt-4o-mini"], w, "standard", "2025-04-15")).toBe("/calculator?m=gpt-4o-mini&on=2025-04-15");
    expect(priceInCalculatorHref(["gpt-4o-mini"], w)).toBe("/calculator?m=gpt-4o-mini");
  });

  it("drops a focus list that names unknown models", () => {
    expect(sanitizeCalculatorState(load("m=gpt-6-luna,gpt-9"), known).models).toEqual([]);
    expect(sanitizeCalculatorState(load("m=gpt-6-luna"), known).models).toEqual(["gpt-6-luna"]);
  });

  it("switches mode keeping daily totals, and clears the fields of the other mode", () => {
    const day = load("in=2000000&out=300000");
    const toReq = modePatch(day, "request");
    expect(toReq).toMatchObject({
      mode: "request",
      requestsPerDay: 1000,
      inputPerRequest: 2000,
      outputPerRequest: 300,
      inputPerDay: null,
      outputPerDay: null,
    });
    const req = apply(day, toReq);
    expect(toWorkload(inputsFromState(req)).inputTokensPerDay).toBe(2_000_000);
    const back = apply(req, modePatch(req, "day"));
    expect(back).toMatchObject({ mode: "day", inputPerDay: 2_000_000, outputPerDay: 300_000 });
  });

  it("applies a preset and notices when its workload has been changed", () => {
    const article = PRESETS.find((p) => p.id === "article")!;
    const s = apply(load("mode=request&req=7"), presetPatch(article));
    expect(s).toMatchObject({
      preset: "article",
      mode: "day",
      retired: true,
      models: ["gpt-4.1-nano", "gpt-4o-mini", "gpt-4.1-mini"],
      requestsPerDay: 1000,
    });
    expect(matchesPreset(s, article)).toBe(true);
    expect(matchesPreset({ ...s, inputPerDay: 2_000_000 }, article)).toBe(false);
    expect(matchesPreset({ ...s, tier: "batch" }, article)).toBe(false);
    for (const p of PRESETS) expect(matchesPreset(apply(load(""), presetPatch(p)), p), p.id).toBe(true);
  });

  it("links to a preset as its button sets it: the preset's own values, defaults left out", () => {
    const article = PRESETS.find((p) => p.id === "article")!;
    expect(presetHref(article)).toBe("/calculator?preset=article&m=gpt-4.1-nano,gpt-4o-mini,gpt-4.1-mini&retired=1");
    for (const p of PRESETS) expect(matchesPreset(load(presetHref(p).split("?")[1]!), p), p.id).toBe(true);
  });

  it('builds other views\' "price this" links with its own serializer: canonical order, defaults left out', () => {
    expect(
      priceInCalculatorHref(
        ["gpt-5.4-mini", "gpt-5.4-nano"],
        { inputTokensPerDay: 2_000_000, outputTokensPerDay: 500_000 },
        "batch",
      ),
    ).toBe("/calculator?in=2000000&tier=batch&m=gpt-5.4-mini,gpt-5.4-nano");
    expect(priceInCalculatorHref(["gpt-6-luna"], { inputTokensPerDay: 1_000_000, outputTokensPerDay: 500_000 })).toBe(
      "/calculator?m=gpt-6-luna",
    );
    expect(priceInCalculatorHref([], { inputTokensPerDay: 1_000_000, outputTokensPerDay: 500_000 })).toBe("/calculator");
  });
});
