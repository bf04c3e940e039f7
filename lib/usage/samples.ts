/**
 * The sample exports in public/samples/ ("Try with a sample", and fixtures for the tests), and
 * the bench's 100,000-row usage CSV. Deterministic: a seeded generator, fixed dates, no clock.
 *
 * The workload (30 daily buckets, 2026-10-25 to 2026-11-23, two projects splitting every
 * stream 70/30; weekends run at 60 % of weekday volume, each day ±10 %):
 * - gpt-4o-mini-2024-07-18 (shuts down 2027-01-14), standard: 12,000 requests a day of 1,500
 *   input tokens (40 % cached) and 200 output tokens.
 * - gpt-5-mini-2025-08-07 (shuts down 2026-12-11), standard: 2,000 requests a day of 3,000
 *   input (25 % cached) and 800 output, reasoning included; and priority (Fast mode): 150 a day.
 * - gpt-4.1-mini-2025-04-14 (shuts down 2027-01-14): 4,000 Batch requests a day (60 % of its
 *   requests) of 2,000 input and 300 output, uncached; and 2,700 standard requests of 2,000
 *   input (20 % cached) and 300 output.
 * The costs are that usage at the catalog's prices, one line item per model, tier and kind
 * ("gpt-4o-mini-2024-07-18, cached input"; other tiers as "…, batch input", "…, priority
 * output": OpenAI documents the standard wording only), amounts as 18-decimal strings.
 * Project names and e-mails are obviously fake ("Project Falcon", dev@example.com): the e2e
 * tests assert they never reach a URL.
 */
import { Dec } from "@/lib/cost/decimal";

import { priceCounts } from "./bill";
import { CatalogIndex, type UsageCatalog } from "./catalog";
import { zeroCounts } from "./cells";
import { lineItemFor } from "./line-items";
import { SECONDS_PER_DAY } from "./numbers";
import type { ServiceTier, TokenCounts } from "./types";

/** 2026-10-25T00:00:00Z */
export const SAMPLE_START = 1_792_886_400;
export const SAMPLE_DAYS = 30;
const SAMPLE_SEED = 17;
/** The Usage API returns 7 daily buckets per page by default. */
const BUCKETS_PER_PAGE = 7;
const AMOUNT_DECIMALS = 18;
const WEEKEND_FACTOR = 0.6;
const DAILY_SPREAD = 0.1;

export type SampleStream = {
  model: string;
  tier: ServiceTier;
  requestsPerDay: number;
  inputPerRequest: number;
  cachedPercent: number;
  outputPerRequest: number;
};

export const SAMPLE_STREAMS: readonly SampleStream[] = [
  {
    model: "gpt-4o-mini-2024-07-18",
    tier: "standard",
    requestsPerDay: 12_000,
    inputPerRequest: 1_500,
    cachedPercent: 40,
    outputPerRequest: 200,
  },
  {
    model: "gpt-5-mini-2025-08-07",
    tier: "standard",
    requestsPerDay: 2_000,
    inputPerRequest: 3_000,
    cachedPercent: 25,
    outputPerRequest: 800,
  },
  {
    model: "gpt-5-mini-2025-08-07",
    tier: "fast",
    requestsPerDay: 150,
    inputPerRequest: 3_000,
    cachedPercent: 25,
    outputPerRequest: 800,
  },
  {
    model: "gpt-4.1-mini-2025-04-14",
    tier: "batch",
    requestsPerDay: 4_000,
    inputPerRequest: 2_000,
    cachedPercent: 0,
    outputPerRequest: 300,
  },
  {
    model: "gpt-4.1-mini-2025-04-14",
    tier: "standard",
    requestsPerDay: 2_700,
    inputPerRequest: 2_000,
    cachedPercent: 20,
    outputPerRequest: 300,
  },
];

export type SampleProject = { id: string; name: string; userId: string; email: string; keyId: string; sharePercent: number };

export const SAMPLE_PROJECTS: readonly SampleProject[] = [
  {
    id: "proj_sampleFalcon01",
    name: "Project Falcon",
    userId: "user-sampleDev01",
    email: "dev@example.com",
    keyId: "key_sampleFalcon01",
    sharePercent: 70,
  },
  {
    id: "proj_sampleHeron02",
    name: "Project Heron",
    userId: "user-sampleOps02",
    email: "ops@example.com",
    keyId: "key_sampleHeron02",
    sharePercent: 30,
  },
];
export const SAMPLE_ORGANIZATION = { id: "org-sampleExample", name: "Example Org" };

/** mulberry32: a tiny seeded PRNG, so every run writes the same bytes. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SampleRecord = {
  start: number;
  end: number;
  model: string;
  tier: ServiceTier;
  project: SampleProject;
  counts: TokenCounts;
};

/** One record per day, stream and project. */
export function sampleRecords(): SampleRecord[] {
  const rand = prng(SAMPLE_SEED);
  const records: SampleRecord[] = [];
  for (let d = 0; d < SAMPLE_DAYS; d++) {
    const start = SAMPLE_START + d * SECONDS_PER_DAY;
    const weekday = new Date(start * 1000).getUTCDay();
    const weekend = weekday === 0 || weekday === 6 ? WEEKEND_FACTOR : 1;
    for (const s of SAMPLE_STREAMS) {
      const factor = weekend * (1 - DAILY_SPREAD + 2 * DAILY_SPREAD * rand());
      const requests = Math.round(s.requestsPerDay * factor);
      const input = requests * s.inputPerRequest;
      const cached = Math.round((input * s.cachedPercent) / 100);
      const output = requests * s.outputPerRequest;
      let given = { requests: 0, input: 0, cached: 0, output: 0 };
      SAMPLE_PROJECTS.forEach((project, i) => {
        const last = i === SAMPLE_PROJECTS.length - 1;
        const part = (total: number, key: keyof typeof given) =>
          last ? total - given[key] : Math.round((total * project.sharePercent) / 100);
        const share = {
          requests: part(requests, "requests"),
          input: part(input, "input"),
          cached: part(cached, "cached"),
          output: part(output, "output"),
        };
        given = {
          requests: given.requests + share.requests,
          input: given.input + share.input,
          cached: given.cached + share.cached,
          output: given.output + share.output,
        };
        records.push({
          start,
          end: start + SECONDS_PER_DAY,
          model: s.model,
          tier: s.tier,
          project,
          counts: {
            ...zeroCounts(),
            requests: share.requests,
            uncachedInput: share.input - share.cached,
            cachedInput: share.cached,
            output: share.output,
          },
        });
      });
    }
  }
  return records;
}

const iso = (t: number) => new Date(t * 1000).toISOString().replace(".000Z", "Z");
const inputOf = (c: TokenCounts) => c.uncachedInput + c.cachedInput + c.cacheWriteInput;
const TIER_FIELDS: Record<ServiceTier, { batch: boolean; service_tier: string }> = {
  standard: { batch: false, service_tier: "default" },
  batch: { batch: true, service_tier: "default" },
  flex: { batch: false, service_tier: "flex" },
  fast: { batch: false, service_tier: "priority" },
};

function pages<T>(buckets: T[]): { object: "page"; data: T[]; has_more: boolean; next_page: string | null }[] {
  const out = [];
  for (let i = 0; i < buckets.length; i += BUCKETS_PER_PAGE) {
    const more = i + BUCKETS_PER_PAGE < buckets.length;
    out.push({
      object: "page" as const,
      data: buckets.slice(i, i + BUCKETS_PER_PAGE),
      has_more: more,
      next_page: more ? `page_sample_${i / BUCKETS_PER_PAGE + 2}` : null,
    });
  }
  return out;
}

function byDay<T extends { start: number }>(records: readonly T[]): Map<number, T[]> {
  const days = new Map<number, T[]>();
  for (const r of records) {
    const list = days.get(r.start);
    if (list) list.push(r);
    else days.set(r.start, [r]);
  }
  return days;
}

/** GET /v1/organization/usage/completions?bucket_width=1d&group_by=model,batch,service_tier: every page, as a list. */
export function usageApiJson(records: readonly SampleRecord[]): string {
  const buckets = [...byDay(records)].map(([start, rs]) => {
    const cells = new Map<string, { model: string; tier: ServiceTier; c: TokenCounts }>();
    for (const r of rs) {
      const key = `${r.model}|${r.tier}`;
      const cell = cells.get(key) ?? { model: r.model, tier: r.tier, c: zeroCounts() };
      for (const k of Object.keys(cell.c) as (keyof TokenCounts)[]) cell.c[k] += r.counts[k];
      cells.set(key, cell);
    }
    return {
      object: "bucket",
      start_time: start,
      end_time: start + SECONDS_PER_DAY,
      results: [...cells.values()].map(({ model, tier, c }) => ({
        object: "organization.usage.completions.result",
        input_tokens: inputOf(c),
        output_tokens: c.output,
        input_cached_tokens: c.cachedInput,
        input_cache_write_tokens: c.cacheWriteInput,
        input_audio_tokens: 0,
        output_audio_tokens: 0,
        num_model_requests: c.requests,
        project_id: null,
        user_id: null,
        api_key_id: null,
        model,
        ...TIER_FIELDS[tier],
      })),
    };
  });
  return `${JSON.stringify(pages(buckets), null, 2)}\n`;
}

type CostItem = { start: number; project: SampleProject; lineItem: string; amount: Dec; quantity: number };

/** The records' cost at catalog prices, one item per day, project and line item. */
export function costItems(records: readonly SampleRecord[], catalog: UsageCatalog | CatalogIndex): CostItem[] {
  const index = catalog instanceof CatalogIndex ? catalog : new CatalogIndex(catalog);
  const items = new Map<string, CostItem>();
  for (const r of records) {
    const model = index.get(r.model);
    if (!model) throw new Error(`sample model ${r.model} is not in the catalog`);
    for (const part of priceCounts(model.priced, r.counts, r.tier).parts) {
      if (part.amount === null)
        throw new Error(`sample usage of ${r.model} on ${r.tier} has no ${part.kind} price: ${part.note}`);
      const lineItem = lineItemFor(r.model, r.tier, part.kind);
      const key = `${r.start}|${r.project.id}|${lineItem}`;
      const item = items.get(key) ?? { start: r.start, project: r.project, lineItem, amount: new Dec(0), quantity: 0 };
      item.amount = item.amount.add(part.amount);
      item.quantity += part.tokens;
      items.set(key, item);
    }
  }
  return [...items.values()];
}

/** GET /v1/organization/costs?bucket_width=1d&group_by=line_item,project_id: every page, as a list. */
export function costsApiJson(items: readonly CostItem[]): string {
  const buckets = [...byDay(items)].map(([start, list]) => ({
    object: "bucket",
    start_time: start,
    end_time: start + SECONDS_PER_DAY,
    results: list.map((i) => ({
      object: "organization.costs.result",
      amount: { value: i.amount.toFixed(AMOUNT_DECIMALS), currency: "usd" },
      line_item: i.lineItem,
      project_id: i.project.id,
      quantity: i.quantity,
      quantity_unit: "tokens",
    })),
  }));
  return `${JSON.stringify(pages(buckets), null, 2)}\n`;
}

function csvLine(values: readonly (string | number | boolean)[]): string {
  return values.map((v) => (typeof v === "string" && /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v))).join(",");
}

export const USAGE_CSV_HEADER = [
  "start_time",
  "end_time",
  "start_time_iso",
  "end_time_iso",
  "input_tokens",
  "output_tokens",
  "input_cached_tokens",
  "input_cache_write_tokens",
  "input_audio_tokens",
  "output_audio_tokens",
  "num_model_requests",
  "project_id",
  "user_id",
  "api_key_id",
  "model",
  "batch",
  "service_tier",
  "project_name",
  "user_email",
] as const;

function usageCsvRow(start: number, end: number, model: string, tier: ServiceTier, p: SampleProject, c: TokenCounts): string {
  const t = TIER_FIELDS[tier];
  return csvLine([
    start,
    end,
    iso(start),
    iso(end),
    inputOf(c),
    c.output,
    c.cachedInput,
    c.cacheWriteInput,
    0,
    0,
    c.requests,
    p.id,
    p.userId,
    p.keyId,
    model,
    t.batch,
    t.service_tier,
    p.name,
    p.email,
  ]);
}

/** The dashboard's completions usage export, grouped by model, tier and project. */
export function usageCsv(records: readonly SampleRecord[]): string {
  return (
    [USAGE_CSV_HEADER.join(","), ...records.map((r) => usageCsvRow(r.start, r.end, r.model, r.tier, r.project, r.counts))].join(
      "\n",
    ) + "\n"
  );
}

export const COSTS_CSV_HEADER = [
  "start_time",
  "end_time",
  "start_time_iso",
  "end_time_iso",
  "amount_value",
  "amount_currency",
  "quantity",
  "quantity_unit",
  "line_item",
  "user_id",
  "api_key_id",
  "project_id",
  "organization_id",
  "project_name",
  "organization_name",
  "user_email",
  "api_source",
] as const;

/** The dashboard's cost export. */
export function costsCsv(items: readonly CostItem[]): string {
  const rows = items.map((i) =>
    csvLine([
      i.start,
      i.start + SECONDS_PER_DAY,
      iso(i.start),
      iso(i.start + SECONDS_PER_DAY),
      i.amount.toFixed(AMOUNT_DECIMALS),
      "usd",
      i.quantity,
      "tokens",
      i.lineItem,
      i.project.userId,
      i.project.keyId,
      i.project.id,
      SAMPLE_ORGANIZATION.id,
      i.project.name,
      SAMPLE_ORGANIZATION.name,
      i.project.email,
      "api",
    ]),
  );
  return [COSTS_CSV_HEADER.join(","), ...rows].join("\n") + "\n";
}

/** public/samples/<name> → content. Costs are priced with `catalog` (the live one for the files). */
export function sampleFiles(catalog: UsageCatalog | CatalogIndex): Record<string, string> {
  const records = sampleRecords();
  const items = costItems(records, catalog);
  return {
    "usage-completions.json": usageApiJson(records),
    "costs.json": costsApiJson(items),
    "usage-completions.csv": usageCsv(records),
    "costs.csv": costsCsv(items),
  };
}

/** Projects in the bench CSV: enough distinct rows that a 100,000-row export is plausible. */
const BENCH_PROJECTS = 40;

/**
 * A usage CSV export of `rows` rows over the sample's 30 days (the bench's 100,000-row file):
 * every row a random stream, project and size, so nothing can be cached between rows.
 */
export function benchUsageCsv(rows: number, seed = SAMPLE_SEED): string {
  const rand = prng(seed);
  const projects: SampleProject[] = Array.from({ length: BENCH_PROJECTS }, (_, i) => ({
    id: `proj_bench${String(i).padStart(3, "0")}`,
    name: `Bench Project ${i}`,
    userId: `user-bench${i}`,
    email: `bench${i}@example.com`,
    keyId: `key_bench${i}`,
    sharePercent: 0,
  }));
  const lines: string[] = [USAGE_CSV_HEADER.join(",")];
  for (let i = 0; i < rows; i++) {
    const start = SAMPLE_START + Math.floor((i * SAMPLE_DAYS) / rows) * SECONDS_PER_DAY;
    const s = SAMPLE_STREAMS[Math.floor(rand() * SAMPLE_STREAMS.length)]!;
    const p = projects[Math.floor(rand() * projects.length)]!;
    const requests = 1 + Math.floor(rand() * 200);
    const input = requests * s.inputPerRequest;
    const cached = Math.round((input * s.cachedPercent) / 100);
    const counts = {
      ...zeroCounts(),
      requests,
      uncachedInput: input - cached,
      cachedInput: cached,
      output: requests * s.outputPerRequest,
    };
    lines.push(usageCsvRow(start, start + SECONDS_PER_DAY, s.model, s.tier, p, counts));
  }
  return lines.join("\n") + "\n";
}
