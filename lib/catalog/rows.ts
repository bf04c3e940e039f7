/**
 * The catalog table's row shape: the few plain fields the client table renders, derived from
 * full catalog entries on the server (sources and notes stay on the server).
 */
import { standing, type Standing } from "./headline";
import { daysUntilShutdown, effectiveStatus, isRetiringSoon } from "./lifecycle";
import type { CatalogEntry, LifecycleStatus } from "./types";

export type CatalogRow = {
  id: string;
  kind: CatalogEntry["kind"];
  aliasId: string | null;
  resolvesTo: string | null;
  displayName: string;
  family: string;
  size: CatalogEntry["size"];
  status: LifecycleStatus;
  shutdownDate: string | null;
  daysToShutdown: number | null;
  retiringSoon: boolean;
  /** Lasting, leaving or gone (headline.ts): the table's groups, and who may be named the winner. */
  standing: Standing;
  replacement: string | null;
  /** Replacements can name models newer than this catalog (e.g. gpt-6.1-terra): no link then. */
  replacementInCatalog: boolean;
  /** Standard-tier USD per 1M tokens; undefined = not published (sorts last). */
  input: number | undefined;
  cachedInput: number | undefined;
  output: number | undefined;
  contextWindow: number | undefined;
  maxOutput: number | undefined;
  imageInput: boolean | undefined;
  reasoning: boolean | undefined;
  mmlu: number | undefined;
  gpqa: number | undefined;
  tokensPerSecond: number | undefined;
  releaseDate: string | undefined;
  knowledgeCutoff: string | undefined;
  /** Words the model is searched by beyond its ID and name ("nano" for the Luna tier), with why. */
  aka: { term: string; label: string }[];
  /** Dated snapshots of an alias, nested for the table's expanding feature. */
  snapshots?: CatalogRow[];
};

const u = <T>(v: T | null | undefined): T | undefined => (v == null ? undefined : v);

function benchmark(entry: CatalogEntry, name: string): number | undefined {
  return entry.benchmarks.find((b) => b.name === name && b.unit === "%")?.value;
}

export function toCatalogRow(entry: CatalogEntry, today: string, knownIds: ReadonlySet<string>): CatalogRow {
  const replacement = entry.lifecycle.replacements[0]?.id ?? null;
  const std = entry.pricing.standard;
  const inputs = entry.modalities.input.value;
  return {
    id: entry.id,
    kind: entry.kind,
    aliasId: entry.aliasId,
    resolvesTo: entry.resolvesTo,
    displayName: entry.displayName,
    family: entry.family,
    size: entry.size,
    status: effectiveStatus(entry.lifecycle, today),
    shutdownDate: entry.lifecycle.shutdownDate,
    daysToShutdown: daysUntilShutdown(entry.lifecycle, today),
    retiringSoon: isRetiringSoon(entry.lifecycle, today),
    standing: standing(entry.lifecycle, today),
    replacement,
    replacementInCatalog: replacement !== null && knownIds.has(replacement),
    input: u(std.input.value),
    cachedInput: u(std.cachedInput.value),
    output: u(std.output.value),
    contextWindow: u(entry.limits.contextWindow.value),
    maxOutput: u(entry.limits.maxOutput.value),
    imageInput: inputs ? inputs.includes("image") : undefined,
    reasoning: u(entry.reasoning.supported.value),
    mmlu: benchmark(entry, "MMLU"),
    gpqa: benchmark(entry, "GPQA Diamond"),
    tokensPerSecond: entry.speed.find((s) => s.metric === "outputTokensPerSecond")?.value,
    releaseDate: u(entry.releaseDate.value),
    knowledgeCutoff: u(entry.knowledgeCutoff.value),
    aka: entry.aka.map(({ term, label }) => ({ term, label })),
  };
}

export type CatalogFilters = {
  q: string;
  families: string[];
  statuses: LifecycleStatus[];
  hideShutdown: boolean;
  reasoning: "any" | "yes" | "no";
  image: "any" | "yes" | "no";
  minContext: number;
};

function matchesTriState(value: boolean | undefined, want: "any" | "yes" | "no"): boolean {
  if (want === "any") return true;
  return want === "yes" ? value === true : value === false;
}

/** Case-insensitive search over ID, name, family and the model's other names (aka); every word must match. */
function matchesSearch(row: CatalogRow, q: string): boolean {
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = `${row.id} ${row.displayName} ${row.family} ${row.aka.map((a) => a.term).join(" ")}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

function matchesFilters(row: CatalogRow, f: CatalogFilters): boolean {
  return (
    matchesSearch(row, f.q) &&
    (f.families.length === 0 || f.families.includes(row.family)) &&
    (f.statuses.length === 0 || f.statuses.includes(row.status)) &&
    !(f.hideShutdown && row.status === "shutdown") &&
    matchesTriState(row.reasoning, f.reasoning) &&
    matchesTriState(row.imageInput, f.image) &&
    (f.minContext <= 0 || (row.contextWindow ?? 0) >= f.minContext)
  );
}

/**
 * Filters flat rows and nests each alias's matching snapshots under it. A snapshot whose alias
 * is filtered out (e.g. the alias is active but the snapshot shut down) stands on its own.
 */
export function filterAndGroup(rows: CatalogRow[], f: CatalogFilters): CatalogRow[] {
  const kept = rows.filter((r) => matchesFilters(r, f));
  const keptIds = new Set(kept.map((r) => r.id));
  const out: CatalogRow[] = [];
  for (const r of kept) {
    if (r.kind === "snapshot" && r.aliasId && keptIds.has(r.aliasId)) continue;
    if (r.kind === "alias") {
      const snaps = kept.filter((s) => s.aliasId === r.id);
      out.push(snaps.length ? { ...r, snapshots: snaps } : r);
    } else out.push(r);
  }
  return out;
}

/** Counts for the live "N of M" line: model IDs, aliases and snapshots alike. */
export function countIds(groups: CatalogRow[]): number {
  return groups.reduce((n, r) => n + 1 + (r.snapshots?.length ?? 0), 0);
}
