import "server-only";
import fs from "node:fs";
import path from "node:path";
import { buildCatalog, parseModelFile } from "./parse";
import type { CatalogEntry } from "./types";

const MODELS_DIR = path.join(process.cwd(), "data", "models");

let cached: CatalogEntry[] | undefined;

/** Reads and validates data/models/*.json once per server process. Throws on invalid data. */
export function loadCatalog(): CatalogEntry[] {
  if (cached) return cached;
  const files = fs
    .readdirSync(MODELS_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => parseModelFile(`data/models/${f}`, JSON.parse(fs.readFileSync(path.join(MODELS_DIR, f), "utf8"))));
  cached = buildCatalog(files);
  return cached;
}

export function findEntry(id: string): CatalogEntry | undefined {
  return loadCatalog().find((e) => e.id === id);
}
