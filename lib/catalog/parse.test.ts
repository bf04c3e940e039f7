import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { FIXTURE_DIR } from "./fixture-load.test-helpers";
import { buildCatalog, parseModelFile } from "./parse";
import { validModelFile as clone, rejectionOf as messageOf } from "./parse.test-helpers";

describe("parseModelFile", () => {
  it("accepts a valid file", () => {
    expect(parseModelFile("x.json", clone()).id).toBe("gamma-mini");
  });

  it("rejects a figure whose source is missing, naming file, model and field", () => {
    const raw = clone();
    raw.pricing.standard.input.source = "nowhere";
    const msg = messageOf(raw);
    expect(msg).toContain("data/models/test.json");
    expect(msg).toContain('model "gamma-mini"');
    expect(msg).toContain("pricing.standard.input.source");
    expect(msg).toContain('"nowhere"');
  });

  it("rejects a figure without any source", () => {
    const raw = clone();
    delete raw.limits.contextWindow.source;
    expect(messageOf(raw)).toContain("limits.contextWindow.source");
  });

  it("rejects a negative price", () => {
    const raw = clone();
    raw.pricing.standard.output.value = -1.6;
    expect(messageOf(raw)).toMatch(/pricing\.standard\.output\.value: must not be negative/);
  });

  it("rejects an alias pointing to an unknown snapshot", () => {
    const raw = clone();
    raw.aliasOf = "gamma-mini-2099-01-01";
    expect(messageOf(raw)).toMatch(/aliasOf: points to "gamma-mini-2099-01-01"/);
  });

  it("rejects a non-https source and an impossible date", () => {
    const raw = clone();
    raw.sources.page.url = "http://example.com";
    raw.releaseDate.value = "2025-02-30";
    const msg = messageOf(raw);
    expect(msg).toMatch(/sources\.page\.url: must be an https URL/);
    expect(msg).toMatch(/releaseDate\.value: is not a real calendar date/);
  });

  it("rejects a shut-down model without a shutdown date", () => {
    const raw = clone();
    raw.lifecycle.status = "shutdown";
    raw.lifecycle.shutdownDate = null;
    expect(messageOf(raw)).toMatch(/lifecycle\.shutdownDate: a shut-down model needs its shutdown date/);
  });
});

describe("buildCatalog", () => {
  it("expands an alias and its snapshots into linked entries", () => {
    const entries = buildCatalog([parseModelFile("x.json", clone())]);
    expect(entries.map((e) => [e.id, e.kind, e.aliasId, e.resolvesTo])).toEqual([
      ["gamma-mini", "alias", null, "gamma-mini-2025-04-14"],
      ["gamma-mini-2025-04-14", "snapshot", "gamma-mini", null],
    ]);
  });

  it("gives a snapshot its own lifecycle, prices and release date where it has them", () => {
    const omega = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, "omega.json"), "utf8"));
    const byId = new Map(buildCatalog([parseModelFile("omega.json", omega)]).map((e) => [e.id, e]));
    expect([...byId.keys()]).toEqual(["omega", "omega-2024-05-13", "omega-2024-08-06"]);
    const old = byId.get("omega-2024-05-13")!;
    expect([
      old.lifecycle.status,
      old.lifecycle.shutdownDate,
      old.pricing.standard.input.value,
      old.pricing.fast?.input.value,
    ]).toEqual(["shutdown", "2026-03-31", null, 5]);
    expect(old.releaseDate.value).toBe("2024-05-13");
    // The other snapshot has no overrides: the file's lifecycle and prices, its own release date.
    const current = byId.get("omega-2024-08-06")!;
    expect([current.lifecycle.status, current.pricing.standard.input.value, current.releaseDate.value]).toEqual([
      "active",
      2.5,
      "2024-08-06",
    ]);
    expect(byId.get("omega")).toMatchObject({
      kind: "alias",
      resolvesTo: "omega-2024-08-06",
      snapshotIds: ["omega-2024-05-13", "omega-2024-08-06"],
    });
  });

  it("refuses the same ID twice", () => {
    const file = parseModelFile("x.json", clone());
    expect(() => buildCatalog([file, file])).toThrow(/appears more than once/);
  });
});
