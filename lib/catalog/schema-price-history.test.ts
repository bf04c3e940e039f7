import { describe, expect, it } from "vitest";

import { validModelFile } from "./parse.test-helpers";
import { modelFileSchema } from "./schema";

// gamma-mini's file: released 2025-04-14, Standard input $0.40, output $1.00 (no dates), no Flex tier,
// one snapshot (gamma-mini-2025-04-14) without prices of its own.
const issues = (raw: unknown) =>
  modelFileSchema.safeParse(raw).error?.issues.map(({ code, path, message }) => ({ code, path, message }));
const change = (figure: string, effectiveFrom: string, value = 0.5) => ({ figure, effectiveFrom, value, source: "page" });

describe("a model's price history, each rule with its exact issue", () => {
  it("accepts a history that reads forwards up to a dated current price", () => {
    const raw = validModelFile();
    raw.pricing.standard.input.effectiveFrom = "2026-01-01";
    raw.priceHistory = [change("standard.input", "2025-04-14"), change("standard.input", "2025-06-01")];
    expect(issues(raw)).toBeUndefined();
  });

  it("rejects two entries of a figure on the same day, and one before the release", () => {
    const raw = validModelFile();
    raw.pricing.standard.input.effectiveFrom = "2026-01-01";
    raw.priceHistory = [change("standard.input", "2025-06-01"), change("standard.input", "2025-06-01", 0.45)];
    expect(issues(raw)).toEqual([
      {
        code: "custom",
        path: ["priceHistory", 1, "effectiveFrom"],
        message: "must come after 2025-06-01, the previous standard.input entry",
      },
    ]);
    raw.priceHistory = [change("standard.input", "2025-04-13")];
    expect(issues(raw)).toEqual([
      { code: "custom", path: ["priceHistory", 0, "effectiveFrom"], message: "is before the release date 2025-04-14" },
    ]);
  });

  it("needs a current price, dated, after the last history entry", () => {
    const raw = validModelFile();
    raw.priceHistory = [change("flex.input", "2025-06-01")];
    expect(issues(raw)).toEqual([
      { code: "custom", path: ["priceHistory"], message: "flex.input has a history but no current price" },
    ]);
    raw.priceHistory = [change("standard.output", "2025-06-01")];
    expect(issues(raw)).toEqual([
      {
        code: "custom",
        path: ["priceHistory"],
        message: "standard.output's current price needs effectiveFrom (it has a history)",
      },
    ]);
    raw.pricing.standard.output.effectiveFrom = "2025-06-01";
    expect(issues(raw)).toEqual([
      {
        code: "custom",
        path: ["priceHistory"],
        message: "standard.output's current price (2025-06-01) must come after its last history entry (2025-06-01)",
      },
    ]);
    raw.pricing.standard.output.effectiveFrom = "2025-06-02";
    expect(issues(raw)).toBeUndefined();
  });
});

describe("a snapshot's price history", () => {
  it("needs the snapshot's own pricing", () => {
    const raw = validModelFile();
    raw.snapshots[0].priceHistory = [change("standard.input", "2025-06-01")];
    expect(issues(raw)).toEqual([
      {
        code: "custom",
        path: ["snapshots", 0, "priceHistory"],
        message: "needs the snapshot's own pricing (its current prices)",
      },
    ]);
  });

  it("is checked against the snapshot's own release date", () => {
    const raw = validModelFile();
    const pricing = structuredClone(raw.pricing);
    pricing.standard.input.effectiveFrom = "2026-01-01";
    raw.snapshots[0] = {
      ...raw.snapshots[0],
      releaseDate: "2025-09-01",
      pricing,
      priceHistory: [change("standard.input", "2025-06-01")],
    };
    expect(issues(raw)).toEqual([
      {
        code: "custom",
        path: ["snapshots", 0, "priceHistory", 0, "effectiveFrom"],
        message: "is before the release date 2025-09-01",
      },
    ]);
    raw.snapshots[0].priceHistory = [change("standard.input", "2025-10-01")];
    expect(issues(raw)).toBeUndefined();
  });
});
