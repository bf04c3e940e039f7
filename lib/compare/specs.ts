/**
 * The compare table's rows as specs: one per catalog field (and per benchmark found in the
 * compared models), each saying its section, label, unit, which end is better, and how to read
 * a cell from a catalog entry. table.ts turns them into rows and marks the best cells.
 */
import { replacementOn, shutdownOn, STATUS_ON_LABEL, statusOn } from "@/lib/catalog/lifecycle";
import type { CatalogEntry, Fact, ServiceTier, TierPrice } from "@/lib/catalog/types";
import { monthlyCost, TIER_LABEL } from "@/lib/cost/price";
import { toPricedModel } from "@/lib/cost/priced-model";
import type { Workload } from "@/lib/cost/types";
import { formatDate, formatNumber, formatPercent, formatPrice, formatTokens, formatUsd, NOT_PUBLISHED } from "@/lib/format";

import type { CompareCell, CompareRow, ExportValue, SectionId } from "./types";

const TIERS: ServiceTier[] = ["standard", "batch", "flex", "fast"];
const USD_PER_1M = "USD per 1M tokens";

/** A cell before ranking; `rank` orders cells of a row (null: nothing to rank). */
export type RawCell = Omit<CompareCell, "best"> & { rank: number | null };
type Spec = {
  key: string;
  section: SectionId;
  label: string;
  unit: string | null;
  better: CompareRow["better"];
  cell: (e: CatalogEntry) => RawCell;
  /** A row that names each model (its name, its family): never a "difference". */
  identity?: boolean;
  /** What decides whether the row differs, when the shown text carries the model's own identity. */
  sameBy?: (e: CatalogEntry) => ExportValue;
  /** The benchmark several rows measure (settings, reporters): they sit together under it. */
  group?: string;
};

/** Sections top to bottom: what a month costs first, then who the models are, then the details. */
const SECTION_ORDER: readonly SectionId[] = [
  "cost",
  "model",
  "lifecycle",
  "pricing",
  "limits",
  "modalities",
  "reasoning",
  "features",
  "benchmarks",
  "speed",
];

export type CompareContext = {
  /** The day compared: prices in force and each model's status that day (today, or the link's "as of" day). */
  day: string;
  knownIds: ReadonlySet<string>;
  /** Tokens per day and the service tier of the monthly-cost row. */
  workload: { inputPerDay: number; outputPerDay: number; daysPerMonth: number };
  tier: ServiceTier;
};

const unknown = (): RawCell => ({ text: NOT_PUBLISHED, value: null, rank: null });
const NOT_YET_RELEASED = "not yet released";
const textCell = (text: string, value: ExportValue = text): RawCell => ({ text, value, rank: null });

function numberCell(v: number | null | undefined, format: (n: number) => string): RawCell {
  return v == null ? unknown() : { text: format(v), value: v, rank: v };
}

function yesNo(f: Fact<boolean>): RawCell {
  return f.value === null ? unknown() : textCell(f.value ? "Yes" : "No", f.value);
}

/** "2025-08-31" and "2024-06" as comparable numbers (a month sorts before its days). */
function dateRank(iso: string): number {
  const [y = 0, m = 0, d = 0] = iso.split("-").map(Number);
  return y * 10_000 + m * 100 + d;
}

function dateCell(iso: string | null | undefined): RawCell {
  return iso ? { text: formatDate(iso), value: iso, rank: dateRank(iso) } : unknown();
}

function tierPrice(e: CatalogEntry, tier: ServiceTier, part: keyof TierPrice): number | null {
  const t: TierPrice | null = e.pricing[tier];
  return t ? t[part].value : null;
}

function fixedSpecs(ctx: CompareContext): Spec[] {
  const status = (e: CatalogEntry) => statusOn(e, ctx.day);
  /** A figure of a model not yet released on the day compared (a price, a shutdown date): it had none, and that is why. */
  const unreleasedOr = (e: CatalogEntry, cell: () => RawCell): RawCell =>
    status(e) === "unreleased" ? textCell(NOT_YET_RELEASED, null) : cell();
  const w = ctx.workload;
  const workload: Workload = {
    inputTokensPerDay: w.inputPerDay,
    outputTokensPerDay: w.outputPerDay,
    reasoningTokensPerDay: 0,
    cachedPercent: 0,
    daysPerMonth: w.daysPerMonth,
    inputTokensPerRequest: null,
  };
  const specs: Spec[] = [
    {
      key: "name",
      section: "model",
      label: "Name",
      unit: null,
      better: null,
      identity: true,
      cell: (e) => textCell(e.displayName),
    },
    {
      key: "family",
      section: "model",
      label: "Family",
      unit: null,
      better: null,
      identity: true,
      cell: (e) => textCell(e.family),
    },
    {
      key: "kind",
      section: "model",
      label: "ID type",
      unit: null,
      better: null,
      // "Alias → gpt-4o-mini-2024-07-18" and "Alias → gpt-5.4-nano-2026-03-17" are the same kind of ID.
      sameBy: (e) => e.kind,
      cell: (e) =>
        textCell(
          e.kind === "alias"
            ? `Alias → ${e.resolvesTo}`
            : e.kind === "snapshot"
              ? `Dated snapshot of ${e.aliasId}`
              : "Model ID (no dated snapshots)",
        ),
    },
    {
      key: "size",
      section: "model",
      label: "Size class",
      unit: null,
      better: null,
      cell: (e) => textCell(e.size === "small" ? "Small" : "Full-size (reference)", e.size),
    },
    {
      key: "status",
      section: "lifecycle",
      label: "Status",
      unit: null,
      better: null,
      cell: (e) => textCell(STATUS_ON_LABEL[status(e)], status(e)),
    },
    {
      key: "shutdown",
      section: "lifecycle",
      label: "Shutdown date",
      unit: "YYYY-MM-DD",
      better: null,
      // As known on the day compared: a notice still in the future had not been given.
      cell: (e) =>
        unreleasedOr(e, () => {
          const s = shutdownOn(e.lifecycle, ctx.day);
          if (s.known === "none") return textCell("None announced", null);
          if (s.known === "not-yet")
            return { ...textCell("Not announced yet", null), note: `Announced ${formatDate(s.noticeDate)}` };
          return { ...dateCell(s.date), rank: null };
        }),
    },
    {
      key: "replacement",
      section: "lifecycle",
      label: "Recommended replacement",
      unit: null,
      better: null,
      // The recommendation of that day: they change (gpt-5-mini's did), and none before the notice.
      // "None yet" when the data records a later reading: not that there was none, only none known then.
      cell: (e) =>
        unreleasedOr(e, () => {
          const id = replacementOn(e.lifecycle, ctx.day);
          if (id) return textCell(id);
          return textCell(e.lifecycle.replacements.length ? "None yet" : "None", null);
        }),
    },
    {
      key: "released",
      section: "lifecycle",
      label: "Release date",
      unit: "YYYY-MM-DD",
      better: null,
      cell: (e) => ({ ...dateCell(e.releaseDate.value), rank: null }),
    },
    {
      key: "cutoff",
      section: "lifecycle",
      label: "Knowledge cutoff",
      unit: "YYYY-MM(-DD)",
      better: "higher",
      cell: (e) => dateCell(e.knowledgeCutoff.value),
    },
    {
      key: "monthly-cost",
      section: "cost",
      label: `Monthly cost, ${TIER_LABEL[ctx.tier]} tier`,
      unit: "USD per month",
      better: "lower",
      cell: (e) =>
        unreleasedOr(e, () => {
          const r = monthlyCost(toPricedModel(e), workload, ctx.tier);
          if (!r.ok) return { ...unknown(), note: r.message };
          return { text: formatUsd(r.perMonth), value: r.perMonth, rank: Number(r.perMonth) };
        }),
    },
  ];

  for (const tier of TIERS) {
    const label = TIER_LABEL[tier];
    specs.push(
      {
        key: `${tier}-input`,
        section: "pricing",
        label: `${label}: input`,
        unit: USD_PER_1M,
        better: "lower",
        cell: (e) => unreleasedOr(e, () => numberCell(tierPrice(e, tier, "input"), formatPrice)),
      },
      {
        key: `${tier}-cached`,
        section: "pricing",
        label: `${label}: cached input`,
        unit: USD_PER_1M,
        better: "lower",
        cell: (e) => unreleasedOr(e, () => numberCell(tierPrice(e, tier, "cachedInput"), formatPrice)),
      },
      {
        key: `${tier}-output`,
        section: "pricing",
        label: `${label}: output`,
        unit: USD_PER_1M,
        better: "lower",
        cell: (e) => unreleasedOr(e, () => numberCell(tierPrice(e, tier, "output"), formatPrice)),
      },
    );
  }
  specs.push(
    {
      key: "cache-write",
      section: "pricing",
      label: "Cache write",
      unit: USD_PER_1M,
      better: "lower",
      cell: (e) => unreleasedOr(e, () => numberCell(e.pricing.cacheWrite?.value, formatPrice)),
    },
    {
      key: "long-context",
      section: "pricing",
      label: "Long-context pricing",
      unit: null,
      better: null,
      cell: (e) => {
        const lc = e.pricing.longContext;
        if (!lc) return unknown();
        return textCell(
          `Over ${formatTokens(lc.thresholdTokens)} input tokens: ${lc.inputMultiplier}× input, ${lc.outputMultiplier}× output`,
        );
      },
    },
    {
      key: "context",
      section: "limits",
      label: "Context window",
      unit: "tokens",
      better: "higher",
      cell: (e) => numberCell(e.limits.contextWindow.value, formatTokens),
    },
    {
      key: "max-input",
      section: "limits",
      label: "Max input",
      unit: "tokens",
      better: "higher",
      cell: (e) => numberCell(e.limits.maxInput.value, formatTokens),
    },
    {
      key: "max-output",
      section: "limits",
      label: "Max output",
      unit: "tokens",
      better: "higher",
      cell: (e) => numberCell(e.limits.maxOutput.value, formatTokens),
    },
    {
      key: "input-modalities",
      section: "modalities",
      label: "Input",
      unit: null,
      better: null,
      cell: (e) => (e.modalities.input.value ? textCell(e.modalities.input.value.join(", ")) : unknown()),
    },
    {
      key: "output-modalities",
      section: "modalities",
      label: "Output",
      unit: null,
      better: null,
      cell: (e) => (e.modalities.output.value ? textCell(e.modalities.output.value.join(", ")) : unknown()),
    },
    {
      key: "reasoning",
      section: "reasoning",
      label: "Reasoning model",
      unit: "yes/no",
      better: null,
      cell: (e) => yesNo(e.reasoning.supported),
    },
    {
      key: "efforts",
      section: "reasoning",
      label: "Effort levels",
      unit: null,
      better: null,
      cell: (e) => (e.reasoning.efforts.length ? textCell(e.reasoning.efforts.join(", ")) : textCell("None", null)),
    },
    {
      key: "default-effort",
      section: "reasoning",
      label: "Default effort",
      unit: null,
      better: null,
      cell: (e) => (e.reasoning.defaultEffort ? textCell(e.reasoning.defaultEffort) : unknown()),
    },
    {
      key: "function-calling",
      section: "features",
      label: "Function calling",
      unit: "yes/no",
      better: null,
      cell: (e) => yesNo(e.features.functionCalling),
    },
    {
      key: "structured-outputs",
      section: "features",
      label: "Structured outputs",
      unit: "yes/no",
      better: null,
      cell: (e) => yesNo(e.features.structuredOutputs),
    },
    {
      key: "fine-tuning",
      section: "features",
      label: "Fine-tuning",
      unit: "yes/no",
      better: null,
      cell: (e) => yesNo(e.features.fineTuning),
    },
  );
  return specs;
}

type BenchKey = { name: string; setting?: string; reportedBy: string; unit: string };
const benchId = (b: BenchKey) => `${b.name}|${b.setting ?? ""}|${b.reportedBy}|${b.unit}`;

/**
 * One row per benchmark, setting and kind of report found in any compared model, in catalog
 * order; a benchmark measured several ways (GPQA Diamond at "high", at "xhigh", independently)
 * gets a group, so its rows sit together.
 */
function benchmarkSpecs(entries: CatalogEntry[]): Spec[] {
  const seen = new Map<string, BenchKey>();
  for (const e of entries) for (const b of e.benchmarks) if (!seen.has(benchId(b))) seen.set(benchId(b), b);
  const variants = new Map<string, number>();
  for (const b of seen.values()) variants.set(b.name, (variants.get(b.name) ?? 0) + 1);
  return [...seen.entries()].map(([id, b]) => ({
    key: `bench:${id}`,
    section: "benchmarks" as const,
    ...((variants.get(b.name) ?? 0) > 1 ? { group: b.name } : {}),
    label: `${b.name}${b.setting ? ` (${b.setting})` : ""}${b.reportedBy === "independent" ? ", independent" : ""}`,
    unit: b.unit === "%" ? "%" : b.unit,
    better: "higher" as const,
    cell: (e: CatalogEntry) => {
      const found = e.benchmarks.find((x) => benchId(x) === id);
      return numberCell(found?.value, b.unit === "%" ? formatPercent : (n) => formatNumber(n, 1));
    },
  }));
}

const speedSpecs: Spec[] = [
  {
    key: "speed-tps",
    section: "speed",
    label: "Output speed",
    unit: "tokens/s",
    better: "higher",
    cell: (e) =>
      numberCell(e.speed.find((s) => s.metric === "outputTokensPerSecond")?.value, (n) => `${formatNumber(n, 1)} tok/s`),
  },
  {
    key: "speed-ttft",
    section: "speed",
    label: "Time to first token",
    unit: "s",
    better: "lower",
    cell: (e) => numberCell(e.speed.find((s) => s.metric === "timeToFirstTokenSeconds")?.value, (n) => `${formatNumber(n, 2)} s`),
  },
];

/** Every row of a comparison of these entries, in display order (sections in SECTION_ORDER). */
export function compareSpecs(entries: CatalogEntry[], ctx: CompareContext): Spec[] {
  const specs = [...fixedSpecs(ctx), ...benchmarkSpecs(entries), ...speedSpecs];
  const rank = (s: Spec) => SECTION_ORDER.indexOf(s.section);
  return specs
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s);
}
