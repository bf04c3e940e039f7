import "server-only";

import fs from "node:fs";
import path from "node:path";

import { buildCatalog, parseModelFile } from "./parse";
import type { CatalogEntry } from "./types";

const MODELS_DIR = path.join(process.cwd(), "data", "models");

/**
 * Reads and validates every model file (*.json) of a folder: data/models for the app, the
 * fixture catalog for unit tests (lib/catalog/fixture.test-helpers.ts), so both go through the
 * same schema. Throws on invalid data, naming the file.
 */
export function readCatalogDir(dir: string): CatalogEntry[] {
  const shown = path.relative(process.cwd(), dir);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => parseModelFile(`${shown}/${f}`, JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))));
  return buildCatalog(files);
}

let cached: CatalogEntry[] | undefined;

/** Reads and validates data/models/*.json once per server process. Throws on invalid data. */
export function loadCatalog(): CatalogEntry[] {
  cached ??= readCatalogDir(MODELS_DIR);
  return cached;
}

export function findEntry(id: string): CatalogEntry | undefined {
  return loadCatalog().find((e) => e.id === id);
}
