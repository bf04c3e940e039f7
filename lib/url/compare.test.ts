import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  COMPARE_TIERS,
  compareHref,
  compareParsers,
  compareUrlKeys,
  DEFAULT_INPUT_PER_DAY,
  DEFAULT_OUTPUT_PER_DAY,
  ignoredCompareParams,
  loadCompareParams,
  MAX_COMPARED,
  MAX_TOKENS_PER_DAY,
  resolveCompareModels,
  serializeCompare,
  type CompareState,
} from "./compare";
import { asOfDayArb, describeUrlContract, modelIdArb as modelId } from "./url-contract.testkit";

const known = new Set(["gpt-5.4-mini", "gpt-5.4-nano", "gpt-6-luna", "o3-mini", "gpt-4o-2024-05-13", "gpt-4o"]);

describe("compare URL contract", () => {
  it("reads the catalog's link and the short keys", () => {
    expect(loadCompareParams("?m=gpt-6-luna,gpt-5.4-nano&d=1&in=2000000&out=300000&tier=batch")).toEqual({
      models: ["gpt-6-luna", "gpt-5.4-nano"],
      diffOnly: true,
      inputPerDay: 2_000_000,
      outputPerDay: 300_000,
      tier: "batch",
      on: null,
    });
  });

  it("falls back to defaults on garbage, and names what it ignored", () => {
    const raw = { d: "perhaps", in: "-5", out: "1e6", tier: "gold", m: Array(41).fill("a").join(","), on: "2025-04-31" };
    expect(loadCompareParams(raw)).toEqual({
      models: [],
      diffOnly: false,
      inputPerDay: DEFAULT_INPUT_PER_DAY,
      outputPerDay: DEFAULT_OUTPUT_PER_DAY,
      tier: "standard",
      on: null,
    });
    expect(
      ignoredCompareParams(raw, "2026-11-25")
        .map((p) => p.key)
        .sort(),
    ).toEqual(["d", "in", "m", "on", "out", "tier"]);
  });

  it("compares as of a day from 2020 to a year past today", () => {
    expect(loadCompareParams("?m=gpt-4o-mini,gpt-6-luna&on=2025-04-15").on).toBe("2025-04-15");
    expect(compareHref({ models: ["gpt-4o-mini", "gpt-6-luna"], on: "2025-04-15" })).toBe(
      "/compare?m=gpt-4o-mini,gpt-6-luna&on=2025-04-15",
    );
    expect(ignoredCompareParams({ on: "2025-04-15" }, "2026-11-25")).toEqual([]);
    expect(ignoredCompareParams({ on: "2027-11-26" }, "2026-11-25")).toEqual([{ key: "on", value: "2027-11-26" }]);
  });

  it("refuses huge token counts rather than overflowing", () => {
    expect(loadCompareParams(`?in=${MAX_TOKENS_PER_DAY}`).inputPerDay).toBe(MAX_TOKENS_PER_DAY);
    expect(loadCompareParams(`?in=${MAX_TOKENS_PER_DAY + 1}`).inputPerDay).toBe(DEFAULT_INPUT_PER_DAY);
    expect(loadCompareParams(`?in=${"9".repeat(400)}`).inputPerDay).toBe(DEFAULT_INPUT_PER_DAY);
  });

  it("serializes to the canonical short form: defaults omitted, commas kept", () => {
    expect(serializeCompare({ models: [], diffOnly: false, inputPerDay: DEFAULT_INPUT_PER_DAY })).toBe("");
    expect(compareHref({ models: ["gpt-5.4-mini", "gpt-5.4-nano"], diffOnly: true })).toBe(
      "/compare?m=gpt-5.4-mini,gpt-5.4-nano&d=1",
    );
  });

  it("has a short key for every parser", () => {
    expect(Object.keys(compareUrlKeys).sort()).toEqual(Object.keys(compareParsers).sort());
    for (const k of Object.values(compareUrlKeys)) expect(k.length).toBeLessThanOrEqual(4);
  });
});

describe("resolving the linked models", () => {
  it("keeps known IDs in link order, each once, at most four, and says what it left out", () => {
    const r = resolveCompareModels(
      ["gpt-5.4-mini", "nope-1", "gpt-5.4-mini", "gpt-6-luna", "o3-mini", "gpt-4o", "gpt-4o-2024-05-13"],
      known,
    );
    expect(r.ids).toEqual(["gpt-5.4-mini", "gpt-6-luna", "o3-mini", "gpt-4o"]);
    expect(r.problems.map((p) => p.message)).toEqual([
      "Not in the catalog, left out: “nope-1”.",
      "Listed more than once, shown once: “gpt-5.4-mini”.",
      "Compare shows up to 4 models; left out: “gpt-4o-2024-05-13”.",
    ]);
  });

  it("reads IDs case-insensitively and trims spaces (links get retyped)", () => {
    expect(resolveCompareModels(loadCompareParams("?m= GPT-5.4-Mini , gpt-6-luna").models, known).ids).toEqual([
      "gpt-5.4-mini",
      "gpt-6-luna",
    ]);
  });

  it("cuts long unknown values in its messages", () => {
    const [p] = resolveCompareModels(["x".repeat(500)], known).problems;
    expect(p!.message.length).toBeLessThan(120);
  });

  it("never returns more than four known, distinct IDs", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 20 })), { maxLength: 50 }), (req) => {
        const { ids } = resolveCompareModels(req, known);
        expect(ids.length).toBeLessThanOrEqual(MAX_COMPARED);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(known.has(id)).toBe(true);
      }),
    );
  });
});

describeUrlContract<CompareState>("compare", {
  keys: Object.values(compareUrlKeys),
  load: loadCompareParams,
  serialize: serializeCompare,
  validState: fc.record({
    models: fc.uniqueArray(modelId, { maxLength: MAX_COMPARED }),
    diffOnly: fc.boolean(),
    inputPerDay: fc.integer({ min: 0, max: MAX_TOKENS_PER_DAY }),
    outputPerDay: fc.integer({ min: 0, max: MAX_TOKENS_PER_DAY }),
    tier: fc.constantFrom(...COMPARE_TIERS),
    on: fc.option(asOfDayArb, { nil: null }),
  }),
  assertValid: (s) => {
    expect(Array.isArray(s.models)).toBe(true);
    expect(s.models.length).toBeLessThanOrEqual(40);
    expect(typeof s.diffOnly).toBe("boolean");
    for (const n of [s.inputPerDay, s.outputPerDay]) {
      expect(Number.isInteger(n)).toBe(true);
      expect(n).toBeGreaterThanOrEqual(0);
      expect(n).toBeLessThanOrEqual(MAX_TOKENS_PER_DAY);
    }
    expect(COMPARE_TIERS).toContain(s.tier);
    const { ids } = resolveCompareModels(s.models, known);
    expect(ids.length).toBeLessThanOrEqual(MAX_COMPARED);
  },
  extra: (sp) => {
    ignoredCompareParams(sp, "2026-11-25");
  },
});
