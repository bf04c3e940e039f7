import { z } from "zod";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { catalogDocument, catalogJsonSchema, CATALOG_API_VERSION, toApiEntry } from "./catalog-api";

describe("catalog API document", () => {
  const entries = loadCatalog();
  const doc = catalogDocument(entries);

  it("lists every model ID once, with a version and the data's verified-on date", () => {
    expect(doc.version).toBe(CATALOG_API_VERSION);
    expect(doc.count).toBe(entries.length);
    expect(doc.models.map((m) => m.id)).toEqual(entries.map((e) => e.id));
    expect(new Set(doc.models.map((m) => m.id)).size).toBe(entries.length);
    expect(doc.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.models.map((m) => m.id)).toEqual(expect.arrayContaining(["gpt-4o-2024-05-13", "o3-mini", "gpt-6-luna"]));
  });

  it("carries each figure's source URL and verified-on date inline, not a key", () => {
    const mini = toApiEntry(entries.find((e) => e.id === "gpt-5.4-mini")!);
    const input = (mini.pricing as { standard: { input: { value: number; source: { url: string; verifiedOn: string } } } }).standard.input;
    expect(input.value).toBe(0.75);
    expect(input.source.url).toBe("https://developers.openai.com/docs/models");
    expect(input.source.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
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
    bad.models[0].pricing.standard.input.source = "openai-models";
    expect(validator.safeParse(bad).success).toBe(false);
    const missing = JSON.parse(JSON.stringify(doc));
    delete missing.models[0].limits;
    expect(validator.safeParse(missing).success).toBe(false);
  });
});
