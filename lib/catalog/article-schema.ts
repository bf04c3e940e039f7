/**
 * The contract of data/article/claims.json: the April 2025 article's claims, each either with
 * checks the app runs against today's catalog (prices, costs, limits, scores, lifecycle) or, where
 * no catalog figure can decide it, a verdict with its sources. Server-only by convention, like
 * schema.ts: client code imports types only.
 */
import { z } from "zod";

import { isoDate, isoMonthOrDate, sourceSchema } from "./schema";

const modelId = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "must be a lowercase model ID");
/** Money as the article printed it, kept as a decimal string so the comparison is exact. */
const usdString = z.string().regex(/^\d+\.\d{2}$/, "must be dollars with cents, e.g. 13.50");

export const articleCheckSchema = z.discriminatedUnion("type", [
  /** A standard-tier price per 1M tokens. */
  z.object({ type: z.literal("price"), model: modelId, field: z.enum(["input", "output"]), claimed: z.number().nonnegative() }),
  /** The article's workload (1M input + 500K output a day, 30 days) priced at today's catalog. */
  z.object({ type: z.literal("monthly-cost"), model: modelId, claimedPerDay: usdString, claimedPerMonth: usdString }),
  /** A token limit the article rounded ("1M", "32K"): it holds when the exact figure rounds to it. */
  z.object({
    type: z.literal("limit"),
    model: modelId,
    field: z.enum(["contextWindow", "maxOutput"]),
    claimed: z.number().int().positive(),
  }),
  /** A knowledge cutoff as a month (or a day). */
  z.object({ type: z.literal("cutoff"), model: modelId, claimed: isoMonthOrDate }),
  /** A release month (or day). */
  z.object({ type: z.literal("release"), model: modelId, claimed: isoMonthOrDate }),
  /** A benchmark score in percent; "approximate" claims ("~80%") hold within one point. */
  z.object({
    type: z.literal("benchmark"),
    model: modelId,
    benchmark: z.string().min(1),
    claimed: z.number().nonnegative(),
    approximate: z.boolean(),
  }),
  /** Whether the model accepts image input. */
  z.object({ type: z.literal("image-input"), model: modelId, claimed: z.boolean() }),
  /** A recommendation: it holds only while the model stays callable past the warning horizon. */
  z.object({ type: z.literal("recommendation"), model: modelId, priority: z.enum(["quality", "speed", "cost"]) }),
  /** A decision step that splits models by context window: does the split still separate today's models? */
  z.object({ type: z.literal("context-split"), tokens: z.number().int().positive() }),
  /** A decision step that splits models by image input. */
  z.object({ type: z.literal("image-split") }),
]);

const verdict = z.enum(["holds", "wrong", "dated"]);

const claimBase = {
  id: z.string().regex(/^[a-z0-9.-]+$/),
  quote: z.string().min(1).max(200, "quote the claim, do not republish the article"),
};

export const articleClaimSchema = z.union([
  z.object({ ...claimBase, checks: z.array(articleCheckSchema).min(1) }).strict(),
  z
    .object({
      ...claimBase,
      models: z.array(modelId),
      verdict,
      /** When a "dated" claim stopped being true. */
      changedOn: isoDate.optional(),
      explanation: z.string().min(1),
      sources: z.array(z.string().min(1)),
    })
    .strict(),
]);

export const articleClaimsSchema = z
  .object({
    article: z.object({
      title: z.string().min(1),
      publisher: z.string().min(1),
      url: z.url(),
      writtenAround: isoMonthOrDate,
      note: z.string().min(1),
    }),
    sources: z.record(z.string(), sourceSchema),
    sections: z.array(
      z.object({ id: z.string().regex(/^[a-z0-9-]+$/), title: z.string().min(1), claims: z.array(articleClaimSchema).min(1) }),
    ),
  })
  .superRefine((doc, ctx) => {
    const used = new Set<string>();
    doc.sections.forEach((section, s) =>
      section.claims.forEach((claim, c) => {
        if ("sources" in claim) {
          for (const key of claim.sources) {
            used.add(key);
            if (!(key in doc.sources))
              ctx.addIssue({ code: "custom", path: ["sections", s, "claims", c, "sources"], message: `unknown source "${key}"` });
          }
          if (claim.verdict === "dated" && !claim.changedOn) {
            ctx.addIssue({
              code: "custom",
              path: ["sections", s, "claims", c, "changedOn"],
              message: "a dated claim needs the day it stopped being true",
            });
          }
          if (claim.verdict === "wrong" && claim.sources.length === 0) {
            ctx.addIssue({
              code: "custom",
              path: ["sections", s, "claims", c, "sources"],
              message: "a claim marked wrong needs a source",
            });
          }
        }
      }),
    );
    for (const key of Object.keys(doc.sources)) {
      if (!used.has(key)) ctx.addIssue({ code: "custom", path: ["sources", key], message: "source is never cited" });
    }
  });

export type ArticleCheck = z.infer<typeof articleCheckSchema>;
export type ArticleClaim = z.infer<typeof articleClaimSchema>;
export type ArticleClaims = z.infer<typeof articleClaimsSchema>;
export type ArticleVerdict = z.infer<typeof verdict>;
