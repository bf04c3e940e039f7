/**
 * The catalog's data contract. Every file in data/models/ is parsed with `modelFileSchema`;
 * TypeScript types are inferred from these schemas (no hand-written duplicates).
 *
 * Server-only by convention: import types from here with `import type` in client code, never
 * the values (zod would ship ~29 kB gzip to the browser).
 */
import { z } from "zod";

/** ISO calendar date, e.g. 2026-11-25. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be an ISO date (YYYY-MM-DD)")
  // Round-trip through Date: "2025-02-30" would otherwise roll over to March 2.
  .refine((s) => {
    const t = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
  }, "is not a real calendar date");

/** A month or a day: knowledge cutoffs are often published as "June 2024". */
export const isoMonthOrDate = z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "must be YYYY-MM or YYYY-MM-DD");

/** Key into the file's `sources` map. */
const sourceKey = z.string().min(1, "needs a source");

export const sourceSchema = z.object({
  url: z.url({ protocol: /^https$/, error: "must be an https URL" }),
  title: z.string().min(1),
  /** An OpenAI page (openai.com, developers.openai.com, help.openai.com) or a third party. */
  official: z.boolean(),
  /** The day the figure was last checked against this source. */
  verifiedOn: isoDate,
});

/**
 * One sourced figure. `value: null` means "not published": the UI says so and never guesses.
 * `note` carries caveats a reader needs next to the figure (conflicts, rounding, third-party).
 */
function fact<T extends z.ZodType>(value: T) {
  return z.object({
    value: value.nullable(),
    source: sourceKey,
    note: z.string().min(1).optional(),
  });
}

const usdPer1M = z.number().nonnegative("must not be negative").finite();
const tokens = z.number().int("must be a whole number of tokens").positive("must be positive");

/**
 * A price: the latest entry of its dated series, in force from `effectiveFrom` with an open end.
 * Without `effectiveFrom` it is the only price known, in force since the model's release (the
 * first day any price applied); superseded prices are listed in the file's `priceHistory`.
 */
const priceFact = fact(usdPer1M).extend({ effectiveFrom: isoDate.optional() });

/** Prices of one service tier, USD per 1M tokens. */
export const tierPriceSchema = z.object({
  input: priceFact,
  cachedInput: priceFact,
  output: priceFact,
});

export const PRICE_TIERS = ["standard", "batch", "flex", "fast"] as const;
export const PRICE_FIELDS = ["input", "cachedInput", "output"] as const;
/** Each dated price series of a model: "standard.input" … "fast.output", and "cacheWrite". */
export const PRICE_FIGURES = [
  ...PRICE_TIERS.flatMap((t) => PRICE_FIELDS.map((f) => `${t}.${f}` as const)),
  "cacheWrite",
] as const;
export type PriceFigure = (typeof PRICE_FIGURES)[number];

/**
 * A superseded price: in force from `effectiveFrom` until the next entry of the same figure (a
 * later history entry, or the figure's current price). Ends are implied, so a series can have no
 * gap and no overlap; the schema checks the order. `value: null` is a period with no published price.
 */
export const priceChangeSchema = z.object({
  figure: z.enum(PRICE_FIGURES),
  effectiveFrom: isoDate,
  value: usdPer1M.nullable(),
  source: sourceKey,
  note: z.string().min(1).optional(),
});

const longContextSchema = z.object({
  /** Requests with more input tokens than this are billed at the multipliers, whole request. */
  thresholdTokens: tokens,
  inputMultiplier: z.number().min(1),
  outputMultiplier: z.number().min(1),
  source: sourceKey,
});

export const pricingSchema = z.object({
  standard: tierPriceSchema,
  /** Writing to the prompt cache, where billed separately. */
  cacheWrite: priceFact.optional(),
  /** null: OpenAI publishes no such tier for this model (or we found no price). */
  batch: tierPriceSchema.nullable(),
  flex: tierPriceSchema.nullable(),
  /** "Priority processing", renamed "Fast mode" on 2026-07-30. */
  fast: tierPriceSchema.nullable(),
  longContext: longContextSchema.nullable(),
});

export const lifecycleStatus = z.enum(["active", "deprecated", "shutdown", "unknown"]);

const replacementSchema = z.object({
  id: z.string().min(1),
  /** The day this recommendation was read on its source (recommendations changed over time). */
  readOn: isoDate,
  source: sourceKey,
  note: z.string().optional(),
});

export const lifecycleSchema = z.object({
  status: lifecycleStatus,
  source: sourceKey,
  noticeDate: isoDate.nullable(),
  shutdownDate: isoDate.nullable(),
  /** First entry is the one we recommend; others are listed as disputed/alternative readings. */
  replacements: z.array(replacementSchema),
  note: z.string().optional(),
});

export const modality = z.enum(["text", "image", "audio", "video"]);
export const reasoningEffort = z.enum(["none", "minimal", "low", "medium", "high", "xhigh", "max"]);

export const benchmarkSchema = z.object({
  name: z.string().min(1),
  /** Percent scores are stored as percent (87.5), index scores as the index value. */
  value: z.number().finite().nonnegative(),
  unit: z.enum(["%", "index", "score"]),
  /** Effort level or harness, e.g. "xhigh" or "no tools". */
  setting: z.string().optional(),
  /** self-reported: the model's maker published it; independent: a third party measured it. */
  reportedBy: z.enum(["self-reported", "independent"]),
  reporter: z.string().min(1),
  source: sourceKey,
  date: isoMonthOrDate.nullable(),
});

export const speedSchema = z.object({
  metric: z.enum(["outputTokensPerSecond", "timeToFirstTokenSeconds"]),
  value: z.number().positive().finite(),
  provider: z.string().min(1),
  measuredBy: z.string().min(1),
  source: sourceKey,
  /** null when the source page shows no date (common for live dashboards). */
  date: isoDate.nullable(),
  note: z.string().optional(),
});

/** Where the source article (April 2025) was wrong about this model, with the evidence. */
const correctionSchema = z.object({
  field: z.enum(["modalities", "pricing", "benchmarks", "limits", "general"]),
  articleClaim: z.string().min(1),
  correction: z.string().min(1),
  source: sourceKey,
});

/**
 * A word people search for this model by that is not in its ID or name: OpenAI replaced the
 * "mini"/"nano" names with Sol / Terra / Luna tiers, and someone looking for "nano" should find
 * the Luna models. Each word says why (`label`, shown beside the model) and where that is written.
 */
const akaSchema = z.object({
  term: z.string().regex(/^[a-z0-9-]+$/, "must be one lowercase search word"),
  label: z.string().min(1),
  source: sourceKey,
  note: z.string().optional(),
});

const snapshotSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "must be a lowercase model ID"),
  releaseDate: isoDate.nullable(),
  /** A snapshot may retire on its own schedule (e.g. gpt-4o-2024-05-13). */
  lifecycle: lifecycleSchema.optional(),
  /** A snapshot may be priced differently from the alias's default snapshot. */
  pricing: pricingSchema.optional(),
  /** Superseded prices of a snapshot priced on its own (with `pricing`). */
  priceHistory: z.array(priceChangeSchema).optional(),
  /** Scores measured on this snapshot; without them it shows the model's. */
  benchmarks: z.array(benchmarkSchema).optional(),
});

export const modelFileSchema = z
  .object({
    /** The alias (e.g. gpt-4.1-mini) or, for models without dated snapshots, the only ID. */
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "must be a lowercase model ID"),
    displayName: z.string().min(1),
    family: z.string().min(1),
    /** small: what this product is about; full-size: reference rows for comparison. */
    size: z.enum(["small", "full-size"]),
    summary: z.string().min(1),
    /** Search words beyond the ID and name, each with its source (optional: most models have none). */
    aka: z.array(akaSchema).default([]),
    sources: z.record(z.string(), sourceSchema),
    /** The snapshot the alias points to; null when the ID has no dated snapshots. */
    aliasOf: z.string().nullable(),
    snapshots: z.array(snapshotSchema),
    releaseDate: fact(isoDate),
    lifecycle: lifecycleSchema,
    pricing: pricingSchema,
    /** Superseded prices, oldest first per figure (see priceChangeSchema). */
    priceHistory: z.array(priceChangeSchema).default([]),
    limits: z.object({
      contextWindow: fact(tokens),
      maxInput: fact(tokens),
      maxOutput: fact(tokens),
    }),
    knowledgeCutoff: fact(isoMonthOrDate),
    modalities: z.object({
      input: fact(z.array(modality).min(1)),
      output: fact(z.array(modality).min(1)),
    }),
    reasoning: z.object({
      supported: fact(z.boolean()),
      efforts: z.array(reasoningEffort),
      defaultEffort: reasoningEffort.nullable(),
    }),
    features: z.object({
      functionCalling: fact(z.boolean()),
      structuredOutputs: fact(z.boolean()),
      fineTuning: fact(z.boolean()),
    }),
    benchmarks: z.array(benchmarkSchema),
    speed: z.array(speedSchema),
    articleCorrections: z.array(correctionSchema),
  })
  .superRefine((m, ctx) => {
    // Every `source` key anywhere in the file must name an entry of `sources`.
    const known = new Set(Object.keys(m.sources));
    const walk = (node: unknown, path: (string | number)[]) => {
      if (Array.isArray(node)) return node.forEach((v, i) => walk(v, [...path, i]));
      if (node && typeof node === "object") {
        for (const [k, v] of Object.entries(node)) {
          if (k === "sources" && path.length === 0) continue;
          if (k === "source" && typeof v === "string" && !known.has(v)) {
            ctx.addIssue({
              code: "custom",
              path: [...path, k],
              message: `names source "${v}", which is not in this file's sources`,
            });
          }
          walk(v, [...path, k]);
        }
      }
    };
    walk(m, []);
    if (m.aliasOf !== null && !m.snapshots.some((s) => s.id === m.aliasOf)) {
      ctx.addIssue({
        code: "custom",
        path: ["aliasOf"],
        message: `points to "${m.aliasOf}", which is not one of this model's snapshots`,
      });
    }
    if (m.lifecycle.status === "shutdown" && !m.lifecycle.shutdownDate) {
      ctx.addIssue({ code: "custom", path: ["lifecycle", "shutdownDate"], message: "a shut-down model needs its shutdown date" });
    }
    checkPriceHistory(m.priceHistory, m.pricing, m.releaseDate.value, ["priceHistory"], ctx);
    m.snapshots.forEach((snap, i) => {
      if (!snap.priceHistory?.length) return;
      if (!snap.pricing) {
        ctx.addIssue({
          code: "custom",
          path: ["snapshots", i, "priceHistory"],
          message: "needs the snapshot's own pricing (its current prices)",
        });
        return;
      }
      checkPriceHistory(
        snap.priceHistory,
        snap.pricing,
        snap.releaseDate ?? m.releaseDate.value,
        ["snapshots", i, "priceHistory"],
        ctx,
      );
    });
  });

/** The current price of a figure in a pricing block; null when its tier is not offered. */
export function currentPrice(pricing: Pricing, figure: PriceFigure): PriceFact | null | undefined {
  if (figure === "cacheWrite") return pricing.cacheWrite;
  const [tier, field] = figure.split(".") as [(typeof PRICE_TIERS)[number], (typeof PRICE_FIELDS)[number]];
  return pricing[tier]?.[field] ?? null;
}

/**
 * A dated series must read forwards: each figure's history in strictly increasing dates (one entry
 * a day at most, so no overlap), none before the model's release, and the current price dated
 * after the last superseded one (a figure with history needs its `effectiveFrom`).
 */
function checkPriceHistory(
  history: readonly PriceChange[],
  pricing: Pricing,
  releaseDate: string | null,
  path: (string | number)[],
  ctx: z.RefinementCtx,
) {
  const last = new Map<PriceFigure, string>();
  history.forEach((h, i) => {
    const previous = last.get(h.figure);
    if (previous !== undefined && h.effectiveFrom <= previous) {
      ctx.addIssue({
        code: "custom",
        path: [...path, i, "effectiveFrom"],
        message: `must come after ${previous}, the previous ${h.figure} entry`,
      });
    }
    if (releaseDate && h.effectiveFrom < releaseDate) {
      ctx.addIssue({ code: "custom", path: [...path, i, "effectiveFrom"], message: `is before the release date ${releaseDate}` });
    }
    last.set(h.figure, h.effectiveFrom);
  });
  for (const [figure, lastFrom] of last) {
    const current = currentPrice(pricing, figure);
    if (!current) {
      ctx.addIssue({ code: "custom", path, message: `${figure} has a history but no current price` });
    } else if (!current.effectiveFrom) {
      ctx.addIssue({ code: "custom", path, message: `${figure}'s current price needs effectiveFrom (it has a history)` });
    } else if (current.effectiveFrom <= lastFrom) {
      ctx.addIssue({
        code: "custom",
        path,
        message: `${figure}'s current price (${current.effectiveFrom}) must come after its last history entry (${lastFrom})`,
      });
    }
  }
}

export type Source = z.infer<typeof sourceSchema>;
export type TierPrice = z.infer<typeof tierPriceSchema>;
export type PriceFact = z.infer<typeof priceFact>;
export type PriceChange = z.infer<typeof priceChangeSchema>;
export type Pricing = z.infer<typeof pricingSchema>;
export type Lifecycle = z.infer<typeof lifecycleSchema>;
export type LifecycleStatus = z.infer<typeof lifecycleStatus>;
export type Benchmark = z.infer<typeof benchmarkSchema>;
export type Aka = z.infer<typeof akaSchema>;
export type Speed = z.infer<typeof speedSchema>;
export type Modality = z.infer<typeof modality>;
export type ReasoningEffort = z.infer<typeof reasoningEffort>;
export type ModelFile = z.infer<typeof modelFileSchema>;
export type Fact<T> = { value: T | null; source: string; note?: string };
