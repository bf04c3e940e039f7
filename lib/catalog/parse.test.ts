import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { FIXTURE_DIR } from "./fixture-load.test-helpers";
import { buildCatalog, CatalogDataError, parseModelFile } from "./parse";
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

describe("parseModelFile's message", () => {
  it("is a CatalogDataError listing every problem on its own line, array indexes in brackets", () => {
    const raw = clone();
    raw.benchmarks[1].value = -5;
    raw.limits.maxOutput.value = -1;
    let error: unknown;
    try {
      parseModelFile("data/models/gamma-mini.json", raw);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogDataError);
    expect((error as Error).name).toBe("CatalogDataError");
    expect((error as Error).message).toBe(
      [
        'Invalid model data in data/models/gamma-mini.json (model "gamma-mini"):',
        "  - limits.maxOutput.value: must be positive",
        "  - benchmarks[1].value: Too small: expected number to be >=0",
      ].join("\n"),
    );
  });

  it("says '(no id)' for a file without a usable ID, and '(file)' for a problem with the whole file", () => {
    expect(messageOf(null)).toMatch(/^Invalid model data in data\/models\/test\.json \(model "\(no id\)"\):\n {2}- \(file\): /);
    expect(messageOf("gamma-mini")).toContain('(model "(no id)")');
    expect(messageOf({ ...clone(), id: 5 })).toContain('(model "(no id)")');
    const { id, ...withoutId } = clone();
    void id;
    expect(messageOf(withoutId)).toContain('(model "(no id)")');
  });
});

describe("buildCatalog", () => {
  it("makes a model without snapshots a plain model, with no snapshot IDs", () => {
    const alpha = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, "alpha-mini.json"), "utf8"));
    const [entry, ...rest] = buildCatalog([parseModelFile("alpha-mini.json", alpha)]);
    expect(rest).toEqual([]);
    expect([entry!.kind, entry!.modelId, entry!.aliasId, entry!.resolvesTo, entry!.snapshotIds]).toEqual([
      "model",
      "alpha-mini",
      null,
      null,
      [],
    ]);
  });

  it("says a snapshot's release date is not published rather than borrowing the alias's", () => {
    const raw = clone();
    raw.snapshots[0].releaseDate = null;
    const [alias, snapshot] = buildCatalog([parseModelFile("x.json", raw)]);
    expect(alias!.releaseDate).toEqual({ value: "2025-04-14", source: "page" });
    expect(snapshot!.releaseDate).toEqual({
      value: null,
      source: "page",
      note: "release date of this snapshot not published in the sources checked",
    });
    expect([snapshot!.snapshotIds, snapshot!.modelId]).toEqual([[], "gamma-mini"]);
  });

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
    // The alias is what it resolves to (2024-08-06, the file's own lifecycle and prices), not the older snapshot.
    const alias = byId.get("omega")!;
    expect([alias.lifecycle.status, alias.pricing.standard.input.value]).toEqual(["active", 2.5]);
  });

  it("refuses the same ID twice", () => {
    const file = parseModelFile("x.json", clone());
    expect(() => buildCatalog([file, file])).toThrow(/appears more than once/);
  });
});
