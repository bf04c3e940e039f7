/**
 * A synthetic catalog for the bench only: N made-up models in the real table's row shape, so the
 * bench can time the real catalog table at a size the real data will not reach for years.
 * Deterministic (seeded), so runs compare. Never imported by production code: only the bench
 * harness page (app/bench-harness/catalog/page.bench.tsx, built only with NAVIGATOR_BENCH_HARNESS=1).
 */
import type { CatalogRow } from "@/lib/catalog/rows";

/** mulberry32: a tiny seeded PRNG; Math.random would make every run a different table. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILIES = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa", "Lambda", "Mu"];
const CONTEXTS = [16_385, 128_000, 200_000, 400_000, 1_047_576];
const STATUSES: CatalogRow["status"][] = ["active", "active", "active", "deprecated", "shutdown", "unknown"];
/** Share of figures left "not published", as in the real data (unknowns sort last). */
const UNKNOWN_SHARE = 0.1;

export function syntheticCatalog(count: number, seed = 2026): { rows: CatalogRow[]; families: string[] } {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const maybe = <T>(v: T): T | undefined => (rand() < UNKNOWN_SHARE ? undefined : v);
  const cents = (max: number) => Math.round(rand() * max * 100) / 100;
  const day = (from: number, span: number) =>
    new Date(Date.UTC(from, 0, 1) + Math.floor(rand() * span) * 86_400_000).toISOString().slice(0, 10);

  const rows: CatalogRow[] = [];
  for (let i = 0; i < count; i++) {
    const family = pick(FAMILIES);
    const status = pick(STATUSES);
    const id = `synthetic-${family.toLowerCase()}-${String(i).padStart(4, "0")}`;
    const input = maybe(cents(5));
    rows.push({
      id,
      kind: "model",
      aliasId: null,
      resolvesTo: null,
      displayName: `Synthetic ${family} ${i}`,
      family: `Synthetic ${family}`,
      size: rand() < 0.2 ? "full-size" : "small",
      status,
      shutdownDate: status === "shutdown" || status === "deprecated" ? day(2026, 700) : null,
      daysToShutdown: status === "deprecated" ? 1 + Math.floor(rand() * 300) : null,
      retiringSoon: status === "deprecated",
      standing: status === "active" ? "lasting" : status === "deprecated" ? "leaving" : "gone",
      replacement: status === "active" ? null : `synthetic-alpha-${String(Math.floor(rand() * count)).padStart(4, "0")}`,
      replacementInCatalog: status !== "active",
      input,
      cachedInput: input === undefined ? undefined : maybe(Math.round(input * 25) / 100),
      output: maybe(cents(20)),
      contextWindow: maybe(pick(CONTEXTS)),
      maxOutput: maybe(pick([4_096, 16_384, 32_768, 100_000, 128_000])),
      imageInput: maybe(rand() < 0.7),
      reasoning: maybe(rand() < 0.5),
      mmlu: maybe(Math.round((50 + rand() * 45) * 10) / 10),
      gpqa: maybe(Math.round((20 + rand() * 60) * 10) / 10),
      tokensPerSecond: maybe(Math.round(20 + rand() * 250)),
      releaseDate: maybe(day(2023, 1400)),
      knowledgeCutoff: maybe(day(2022, 1200)),
      aka: [],
    });
  }
  return { rows, families: [...new Set(rows.map((r) => r.family))].sort() };
}
