import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

import { FIXTURE_DIR } from "./fixture-load.test-helpers";
import { readCatalogDir } from "./load";
import { CatalogDataError } from "./parse";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe("readCatalogDir", () => {
  it("reads every model file of a folder in file-name order, each alias followed by its snapshots", () => {
    expect(readCatalogDir(FIXTURE_DIR).map((e) => e.id)).toEqual([
      "alpha-mini",
      "alpha-nano",
      "alpha-nano-2026-03-01",
      "beta-lite",
      "beta-lite-2026-06-01",
      "delta-nano",
      "gamma-mini",
      "gamma-mini-2025-04-14",
      "gamma-nano",
      "gamma-nano-2025-04-14",
      "omega",
      "omega-2024-05-13",
      "omega-2024-08-06",
      "zeta-old",
    ]);
  });

  it("sorts by file name whatever order the folder lists its files in", () => {
    vi.spyOn(fs, "readdirSync").mockReturnValue(["zeta-old.json", "notes.txt", "alpha-mini.json"] as never);
    expect(readCatalogDir(FIXTURE_DIR).map((e) => e.id)).toEqual(["alpha-mini", "zeta-old"]);
  });

  it("names the folder and file of an invalid model, and ignores files that are not JSON", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "catalog-"));
    made.push(dir);
    const raw = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, "zeta-old.json"), "utf8"));
    raw.pricing.standard.input.value = -1;
    fs.writeFileSync(path.join(dir, "zeta-old.json"), JSON.stringify(raw));
    fs.writeFileSync(path.join(dir, "README.md"), "not a model");
    expect(() => readCatalogDir(dir)).toThrow(CatalogDataError);
    expect(() => readCatalogDir(dir)).toThrow(`${path.relative(process.cwd(), dir)}/zeta-old.json (model "zeta-old")`);
  });
});
