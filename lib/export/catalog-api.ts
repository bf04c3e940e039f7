/**
 * The public catalog API (GET /api/v1/catalog) and its JSON Schema (GET /api/v1/catalog/schema).
 *
 * One document: every model ID (aliases, dated snapshots, models without snapshots) with every
 * figure as in data/models, except that each figure's `source` names no key but carries the
 * source itself (URL, title, official or not, verified-on date). The schema is generated from the
 * catalog's zod schema, with the same substitution, so the two cannot drift apart.
 *
 * Versioning: `version` changes only with a breaking change of this shape (the URL's /v1/ with
 * it); new optional fields may appear within a version. Server only (zod).
 */
import { z } from "zod";

import { effectiveStatus } from "@/lib/catalog/lifecycle";
import { allPriceSeries } from "@/lib/catalog/prices-on";
import { isoDate, lifecycleStatus, modelFileSchema, PRICE_FIGURES, sourceSchema } from "@/lib/catalog/schema";
import type { CatalogEntry, Source } from "@/lib/catalog/types";
import { latestVerifiedOn } from "@/lib/catalog/verified";

export const CATALOG_API_VERSION = 1;
const CATALOG_SCHEMA_PATH = "/api/v1/catalog/schema";

const CATALOG_API_UNITS = {
  prices: "USD per 1M tokens",
  limits: "tokens",
  benchmarks: "as given by each benchmark's unit (% stored as percent, e.g. 87.5)",
  speed: "outputTokensPerSecond: tokens per second; timeToFirstTokenSeconds: seconds",
  dates: "ISO 8601 calendar dates (YYYY-MM-DD; knowledge cutoffs may be YYYY-MM)",
  unknown: "null means not published",
} as const;

/**
 * The file's fields an entry keeps: snapshots become entries of their own, sources are inlined,
 * and the superseded prices are published as complete series (`priceSeries`) instead.
 */
const DROPPED = new Set(["snapshots", "aliasOf", "sources", "priceHistory"]);
type FileShape = typeof modelFileSchema.shape;
const fileShape = Object.fromEntries(Object.entries(modelFileSchema.shape).filter(([k]) => !DROPPED.has(k))) as Omit<
  FileShape,
  "snapshots" | "aliasOf" | "sources" | "priceHistory"
>;

const pricePointSchema = z.object({
  effectiveFrom: isoDate
    .nullable()
    .describe("First day in force (null: since the model existed); in force until the next entry."),
  value: z.number().nonnegative().nullable(),
  source: z.string(),
  note: z.string().optional(),
});

/** One catalog entry as stored (sources by key); the published schema swaps keys for sources. */
const entrySchema = z.object({
  ...fileShape,
  modelId: z.string().describe("The model (file) this ID belongs to: the alias or the only ID."),
  kind: z
    .enum(["alias", "snapshot", "model"])
    .describe("alias: points to a dated snapshot; snapshot: a pinned version; model: no dated snapshots."),
  aliasId: z.string().nullable().describe("For snapshots: their alias."),
  resolvesTo: z.string().nullable().describe("For aliases: the dated snapshot the alias points to."),
  snapshotIds: z.array(z.string()).describe("For aliases: every dated snapshot."),
  statusAsOf: lifecycleStatus.describe(
    "Lifecycle status on the document's asOf date (a shutdown date that has passed means shutdown).",
  ),
  priceSeries: z
    .partialRecord(z.enum(PRICE_FIGURES), z.array(pricePointSchema))
    .describe(
      "Each price figure's dated series, oldest first; the last entry is the current price. `pricing` holds the prices in force on asOf.",
    ),
});

const documentSchema = z.object({
  version: z.literal(CATALOG_API_VERSION).describe("Version of this document's shape; the URL carries it too (/v1/)."),
  schema: z.string().describe("Path of this document's JSON Schema."),
  verifiedOn: isoDate.describe("The most recent day any figure was checked against its source."),
  asOf: isoDate.describe(
    "The UTC day this document describes: `pricing` and `statusAsOf` as of that day. It changes at UTC midnight.",
  ),
  units: z.record(z.string(), z.string()),
  notice: z.string(),
  count: z.number().int().nonnegative(),
  models: z.array(entrySchema),
});

type JsonNode = Record<string, unknown>;

/** Replaces every `source: string` property of the schema with the source object's schema. */
function inlineSourcesInSchema(node: unknown, sourceRef: JsonNode): unknown {
  if (Array.isArray(node)) return node.map((n) => inlineSourcesInSchema(n, sourceRef));
  if (!node || typeof node !== "object") return node;
  const out: JsonNode = {};
  for (const [k, v] of Object.entries(node as JsonNode)) {
    if (k === "properties" && v && typeof v === "object") {
      const props: JsonNode = {};
      for (const [pk, pv] of Object.entries(v as JsonNode)) {
        const isSourceKey = pk === "source" && (pv as JsonNode | undefined)?.type === "string";
        props[pk] = isSourceKey ? sourceRef : inlineSourcesInSchema(pv, sourceRef);
      }
      out[k] = props;
    } else out[k] = inlineSourcesInSchema(v, sourceRef);
  }
  return out;
}

/** The published JSON Schema (draft 2020-12) of the catalog document. */
export function catalogJsonSchema(): JsonNode {
  const base = z.toJSONSchema(documentSchema) as JsonNode;
  const { $schema, ...rest } = base;
  const source = z.toJSONSchema(sourceSchema) as JsonNode;
  delete source.$schema;
  return {
    $schema,
    $id: CATALOG_SCHEMA_PATH,
    title: "Small Model Navigator catalog",
    description: "Every OpenAI model ID in the navigator with sourced figures. null = not published.",
    ...(inlineSourcesInSchema(rest, { $ref: "#/$defs/Source" }) as JsonNode),
    $defs: { Source: { ...source, description: "Where a figure comes from, and the day it was last checked there." } },
  };
}

/** Replaces every `source` key in an entry with that source (the walk mirrors the schema's own check). */
function inlineSources(node: unknown, sources: Record<string, Source>): unknown {
  if (Array.isArray(node)) return node.map((n) => inlineSources(n, sources));
  if (!node || typeof node !== "object") return node;
  const out: JsonNode = {};
  for (const [k, v] of Object.entries(node as JsonNode)) {
    if (k === "source" && typeof v === "string") {
      const s = sources[v];
      if (!s) throw new Error(`unknown source key "${v}"`);
      out[k] = s;
    } else out[k] = inlineSources(v, sources);
  }
  return out;
}

export function toApiEntry(entry: CatalogEntry, asOf: string): JsonNode {
  const { sources, ...rest } = entry;
  const published: JsonNode = { ...rest, statusAsOf: effectiveStatus(entry.lifecycle, asOf), priceSeries: allPriceSeries(entry) };
  delete published.priceHistory; // published whole, as priceSeries
  return inlineSources(published, sources) as JsonNode;
}

/** The document for `asOf` (today): the caller passes the catalog priced for that day. */
export function catalogDocument(entries: CatalogEntry[], asOf: string) {
  return {
    version: CATALOG_API_VERSION,
    schema: CATALOG_SCHEMA_PATH,
    verifiedOn: latestVerifiedOn(entries),
    asOf,
    units: CATALOG_API_UNITS,
    notice: "Not affiliated with OpenAI. Figures as published by each source on its verified-on date; null = not published.",
    count: entries.length,
    models: entries.map((e) => toApiEntry(e, asOf)),
  };
}
