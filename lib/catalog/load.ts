import "server-only";

import fs from "node:fs";
import path from "node:path";

import { buildCatalog, parseModelFile } from "./parse";
import { catalogOn } from "./prices-on";
import { getToday } from "./today";
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

let files: CatalogEntry[] | undefined;

/**
 * The catalog as filed, whatever the day: each figure's current price is the last entry of its
 * series. For readers of whole series (the change log, feeds, calendars); a catalog priced for a
 * day (loadCatalog) holds that day's entry as its current price instead.
 */
export function loadFiledCatalog(): CatalogEntry[] {
  files ??= readCatalogDir(MODELS_DIR);
  return files;
}

/** Catalogs priced for a day, newest use last. Few days are asked for (today, an "as of" link). */
const byDay = new Map<string, CatalogEntry[]>();
const DAYS_KEPT = 16;

/**
 * The catalog with every price as it stood on `day` (default: today): data/models/*.json is read
 * and validated once per server process (throws on invalid data), each day's prices resolved from
 * the dated series once and kept for the next requests.
 */
export function loadCatalog(day: string = getToday()): CatalogEntry[] {
  const files = loadFiledCatalog();
  let catalog = byDay.get(day);
  if (catalog) {
    byDay.delete(day);
  } else {
    catalog = catalogOn(files, day);
    if (byDay.size >= DAYS_KEPT) byDay.delete(byDay.keys().next().value as string);
  }
  byDay.set(day, catalog);
  return catalog;
}

export function findEntry(id: string, day?: string): CatalogEntry | undefined {
  return loadCatalog(day).find((e) => e.id === id);
}
