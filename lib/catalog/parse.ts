/**
 * Pure parsing of raw model files into catalog entries (no fs here, so tests can feed it
 * hand-made files). `load.ts` reads data/ and calls this once per server process.
 */
import { modelFileSchema, type ModelFile } from "./schema";
import type { CatalogEntry } from "./types";

export class CatalogDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CatalogDataError";
  }
}

/** "pricing.standard.input.value: must not be negative" */
function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
    .join(".")
    .replace(/\.\[/g, "[");
}

/** Validates one file; throws a message naming the file, the model, the field and the reason. */
export function parseModelFile(fileName: string, raw: unknown): ModelFile {
  const result = modelFileSchema.safeParse(raw);
  if (result.success) return result.data;
  const id = raw && typeof raw === "object" && "id" in raw && typeof raw.id === "string" ? raw.id : "(no id)";
  const lines = result.error.issues.map((i) => `  - ${formatIssuePath(i.path) || "(file)"}: ${i.message}`);
  throw new CatalogDataError(`Invalid model data in ${fileName} (model "${id}"):\n${lines.join("\n")}`);
}

/** Expands each file into one entry per model ID: the alias plus each dated snapshot. */
export function buildCatalog(files: ModelFile[]): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  for (const file of files) {
    const { snapshots, aliasOf, ...shared } = file;
    const snapshotIds = snapshots.map((s) => s.id);
    const aliasDefault = snapshots.find((s) => s.id === aliasOf);
    entries.push({
      ...shared,
      modelId: file.id,
      kind: snapshots.length ? "alias" : "model",
      aliasId: null,
      resolvesTo: aliasOf,
      snapshotIds,
      lifecycle: aliasDefault?.lifecycle ?? file.lifecycle,
      pricing: aliasDefault?.pricing ?? file.pricing,
      // A history belongs to the prices it precedes: the default snapshot's own, or the model's.
      priceHistory: aliasDefault?.pricing ? (aliasDefault.priceHistory ?? []) : file.priceHistory,
      benchmarks: aliasDefault?.benchmarks ?? file.benchmarks,
    });
    for (const snap of snapshots) {
      entries.push({
        ...shared,
        id: snap.id,
        modelId: file.id,
        kind: "snapshot",
        aliasId: file.id,
        resolvesTo: null,
        snapshotIds: [],
        // A snapshot's date is its own: never borrow the alias's (gpt-4o-2024-08-06 is not 2024-05-13).
        releaseDate: {
          value: snap.releaseDate,
          source: file.releaseDate.source,
          ...(snap.releaseDate ? {} : { note: "release date of this snapshot not published in the sources checked" }),
        },
        lifecycle: snap.lifecycle ?? file.lifecycle,
        pricing: snap.pricing ?? file.pricing,
        priceHistory: snap.pricing ? (snap.priceHistory ?? []) : file.priceHistory,
        // A score measured on one snapshot is that snapshot's (gpt-4o's 88.7% MMLU is 2024-05-13's).
        benchmarks: snap.benchmarks ?? file.benchmarks,
      });
    }
  }
  const seen = new Set<string>();
  for (const e of entries) {
    if (seen.has(e.id)) throw new CatalogDataError(`Model ID "${e.id}" appears more than once in data/models.`);
    seen.add(e.id);
  }
  return entries;
}
