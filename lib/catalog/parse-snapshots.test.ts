import { describe, expect, it } from "vitest";

import { buildCatalog } from "./parse";
import { validModelFile } from "./parse.test-helpers";
import { modelFileSchema } from "./schema";

// gamma-mini's file: its alias resolves to the snapshot gamma-mini-2025-04-14, which has no data of its own.
const entriesOf = (raw: unknown) => buildCatalog([modelFileSchema.parse(raw)]);

describe("buildCatalog: what the alias and each snapshot take from the default snapshot", () => {
  it("without data of its own, the snapshot takes the file's scores, and both have no price history", () => {
    const [alias, snap] = entriesOf(validModelFile());
    const fileScores = validModelFile().benchmarks.map((b: { name: string; value: number }) => [b.name, b.value]);
    expect(fileScores).toEqual([
      ["GPQA Diamond", 65],
      ["MMLU", 87.5],
    ]);
    expect(alias!.benchmarks.map((b) => [b.name, b.value])).toEqual(fileScores);
    expect(snap!.benchmarks.map((b) => [b.name, b.value])).toEqual(fileScores);
    expect([alias!.priceHistory, snap!.priceHistory]).toEqual([[], []]);
  });

  it("the alias shows the default snapshot's own prices, scores and lifecycle; a priced snapshot without history has none", () => {
    const raw = validModelFile();
    const pricing = structuredClone(raw.pricing);
    pricing.standard.input.value = 0.3;
    const lifecycle = { ...structuredClone(raw.lifecycle), shutdownDate: "2027-02-01" };
    raw.snapshots[0] = {
      ...raw.snapshots[0],
      pricing,
      lifecycle,
      benchmarks: [{ ...raw.benchmarks[0], value: 66 }],
    };
    const [alias, snap] = entriesOf(raw);
    for (const e of [alias!, snap!]) {
      expect([
        e.id,
        e.pricing.standard?.input.value,
        e.lifecycle.shutdownDate,
        e.benchmarks.map((b) => b.value),
        e.priceHistory,
      ]).toEqual([e.id, 0.3, "2027-02-01", [66], []]);
    }
    expect([alias!.id, alias!.kind, snap!.id, snap!.kind]).toEqual(["gamma-mini", "alias", "gamma-mini-2025-04-14", "snapshot"]);
  });
});
