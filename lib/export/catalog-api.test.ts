import { describe, expect, it } from "vitest";
import { z } from "zod";

import { fixtureCatalog, fixtureEntry } from "@/lib/catalog/fixture.test-helpers";

import { CATALOG_API_VERSION, catalogDocument, catalogJsonSchema, toApiEntry } from "./catalog-api";

describe("catalog API document", () => {
  const entries = fixtureCatalog;
  const doc = catalogDocument(entries, "2026-11-25");

  it("lists every model ID once, with a version and the data's verified-on date", () => {
    expect(doc.version).toBe(CATALOG_API_VERSION);
    expect(doc.count).toBe(entries.length);
    expect(doc.models.map((m) => m.id)).toEqual(entries.map((e) => e.id));
    expect(new Set(doc.models.map((m) => m.id)).size).toBe(entries.length);
    expect(doc.count).toBe(14);
    // The newest verified-on date of any fixture source: beta-lite's.
    expect(doc.verifiedOn).toBe("2026-11-24");
    expect(doc.models.map((m) => m.id)).toEqual(expect.arrayContaining(["omega-2024-05-13", "zeta-old", "beta-lite"]));
  });

  it("carries each figure's source URL and verified-on date inline, not a key", () => {
    const mini = toApiEntry(fixtureEntry("alpha-mini"), "2026-11-25");
    const input = (mini.pricing as { standard: { input: { value: number; source: { url: string; verifiedOn: string } } } })
      .standard.input;
    expect(input).toEqual({
      value: 0.75,
      source: {
        url: "https://example.com/fixture/alpha-mini",
        title: "Fixture page for alpha-mini (test data, not a real model)",
        official: false,
        verifiedOn: "2026-11-20",
      },
    });
    // No string `source` is left anywhere.
    const strings: string[] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) return n.forEach(walk);
      if (!n || typeof n !== "object") return;
      for (const [k, v] of Object.entries(n)) {
        if (k === "source" && typeof v === "string") strings.push(v);
        else walk(v);
      }
    };
    walk(doc);
    expect(strings).toEqual([]);
  });

  it("validates against its own published JSON Schema", () => {
    const schema = catalogJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const validator = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
    const result = validator.safeParse(JSON.parse(JSON.stringify(doc)));
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it("the schema rejects a figure whose source is a bare key, or a missing field", () => {
    const validator = z.fromJSONSchema(catalogJsonSchema() as Parameters<typeof z.fromJSONSchema>[0]);
    const bad = JSON.parse(JSON.stringify(doc));
    bad.models[0].pricing.standard.input.source = "page";
    expect(validator.safeParse(bad).success).toBe(false);
    const missing = JSON.parse(JSON.stringify(doc));
    delete missing.models[0].limits;
    expect(validator.safeParse(missing).success).toBe(false);
  });
});

describe("catalog API: time", () => {
  it("says which day it describes, and each model's status on that day", () => {
    const before = catalogDocument(fixtureCatalog, "2026-12-10");
    const after = catalogDocument(fixtureCatalog, "2026-12-11");
    const status = (doc: typeof before, id: string) => doc.models.find((m) => m.id === id)?.statusAsOf;
    expect(before.asOf).toBe("2026-12-10");
    // delta-nano shuts down on 2026-12-11: deprecated the day before, shut down that day.
    expect(status(before, "delta-nano")).toBe("deprecated");
    expect(status(after, "delta-nano")).toBe("shutdown");
    expect(status(after, "beta-lite")).toBe("active");
  });

  it("publishes every price as a dated series, with sources inline, and not the raw history", () => {
    const nano = toApiEntry(fixtureEntry("alpha-nano"), "2026-11-25");
    const series = (nano.priceSeries as Record<string, { effectiveFrom: string; value: number; source: { url: string } }[]>)[
      "standard.input"
    ];
    expect(series?.map((p) => [p.effectiveFrom, p.value, p.source.url])).toEqual([
      ["2026-03-01", 0.2, "https://example.com/fixture/alpha-nano"],
      ["2026-06-01", 0.1, "https://example.com/fixture/alpha-nano"],
    ]);
    expect(Object.keys(nano.priceSeries as object)).not.toContain("flex.input");
    expect(nano).not.toHaveProperty("priceHistory");
  });
});
