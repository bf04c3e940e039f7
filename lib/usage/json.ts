/**
 * Pages of GET /v1/organization/usage/completions and GET /v1/organization/costs, as saved
 * from the API: one page, a list of pages, or (leniently) a bare list of buckets.
 */
import { CostCollector, UsageCollector } from "./collect";
import { Warnings, type FileRead } from "./file-read";
import { isoDay, readTime, shown } from "./numbers";
import { MESSAGES, problem } from "./problems";
import { readCostRecord, readUsageRecord } from "./records";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

const USAGE_RESULT = "organization.usage.completions.result";
const COSTS_RESULT = "organization.costs.result";
/** organization.usage.<endpoint>.result → the words a user knows the endpoint by. */
const OTHER_ENDPOINTS: Record<string, string> = {
  embeddings: "embeddings",
  moderations: "moderations",
  images: "image generation",
  audio_speeches: "text-to-speech",
  audio_transcriptions: "transcription",
  vector_stores: "vector store",
  code_interpreter_sessions: "code interpreter",
};

const isBucketLike = (v: unknown) => isObj(v) && (v.object === "bucket" || ("start_time" in v && "results" in v));

type Kind = "usage" | "costs";

function resultKind(r: Obj): Kind | { wrongEndpoint: string } | null {
  const object = typeof r.object === "string" ? r.object : null;
  if (object === USAGE_RESULT) return "usage";
  if (object === COSTS_RESULT) return "costs";
  const endpoint = object ? /^organization\.usage\.([a-z_]+)\.result$/.exec(object)?.[1] : undefined;
  if (endpoint) return { wrongEndpoint: OTHER_ENDPOINTS[endpoint] ?? endpoint.replace(/_/g, " ") };
  if ("amount" in r) return "costs";
  if ("input_tokens" in r || "output_tokens" in r || "num_model_requests" in r) return "usage";
  return null;
}

function apiErrorMessage(v: Obj): string | null {
  if (!isObj(v.error)) return null;
  const m = v.error.message;
  return typeof m === "string" && m.trim() ? m.trim().slice(0, 200) : "no message";
}

/** Costs results nest the money: amount {value, currency}. */
function costGetter(r: Obj) {
  return (field: string): unknown => {
    if (field === "amount") return isObj(r.amount) ? r.amount.value : r.amount;
    if (field === "currency") return isObj(r.amount) ? r.amount.currency : undefined;
    return r[field];
  };
}

const JSON_FIELD: Record<string, string> = { amount: "amount.value", currency: "amount.currency" };

export function readJsonExport(value: unknown, file: string, fileIndex: number): FileRead {
  const fail = (code: Parameters<typeof problem>[0], message: string, where?: string): FileRead => ({
    ok: false,
    problem: problem(code, file, message, where),
  });

  let pages: unknown[];
  if (Array.isArray(value)) pages = value.length > 0 && value.every(isBucketLike) ? [{ object: "page", data: value }] : value;
  else if (isObj(value)) {
    const apiError = apiErrorMessage(value);
    if (apiError) return fail("api-error", MESSAGES.apiError(apiError));
    pages = isBucketLike(value) ? [{ object: "page", data: [value] }] : [value];
  } else return fail("not-an-export", MESSAGES.notAnExport);
  if (pages.length === 0) return fail("not-an-export", MESSAGES.notAnExport);

  const usage = new UsageCollector();
  const costs = new CostCollector();
  const warnings = new Warnings();
  let kind: Kind | null = null;
  const multiPage = pages.length > 1;

  for (let p = 0; p < pages.length; p++) {
    const page = pages[p];
    const pageWhere = multiPage ? `page ${p + 1}` : null;
    if (!isObj(page) || !Array.isArray(page.data)) {
      const apiError = isObj(page) ? apiErrorMessage(page) : null;
      if (apiError) return fail("api-error", MESSAGES.apiError(apiError), pageWhere ?? undefined);
      return fail("not-an-export", MESSAGES.notAnExport, pageWhere ?? undefined);
    }
    const pageKey = `${fileIndex}#${p}`;
    for (let b = 0; b < page.data.length; b++) {
      const bucket = page.data[b];
      const at = [pageWhere, `bucket ${b + 1}`].filter(Boolean).join(", ");
      if (!isObj(bucket)) return fail("not-an-export", `is ${shown(bucket)}, not a bucket of results`, at);
      const start = readTime(bucket.start_time);
      if (!start.ok) return fail("bad-value", `start_time ${start.reason}`, at);
      const end = readTime(bucket.end_time);
      if (!end.ok) return fail("bad-value", `end_time ${end.reason}`, at);
      if (end.value <= start.value)
        return fail("bad-value", `end_time (${end.value}) is not after start_time (${start.value})`, at);
      const bucketWhere = `${at} (${isoDay(start.value)})`;
      if (!Array.isArray(bucket.results)) return fail("not-an-export", "has no list of results", bucketWhere);
      const key = `${p}|${b}`;
      const usageBucket = usage.bucket(key, start.value, end.value, pageKey);
      const costBucket = costs.bucket(key, start.value, end.value, pageKey);
      for (let i = 0; i < bucket.results.length; i++) {
        const r = bucket.results[i];
        const where = `${bucketWhere}, result ${i + 1}`;
        if (!isObj(r)) return fail("not-an-export", `is ${shown(r)}, not a result`, where);
        const k = resultKind(r);
        if (k === null) return fail("not-an-export", MESSAGES.notAnExport, where);
        if (typeof k === "object") return fail("wrong-endpoint", MESSAGES.wrongEndpoint(k.wrongEndpoint), where);
        if (kind !== null && k !== kind) return fail("mixed-kinds", MESSAGES.mixedKinds, where);
        kind = k;
        if (k === "usage") {
          const rec = readUsageRecord((f) => r[f]);
          if (!rec.ok) return fail("bad-value", `${rec.field} ${rec.reason}`, where);
          if (rec.warning) warnings.add(`${where}: ${rec.warning}`);
          usage.reports.batch ||= rec.has.batch;
          usage.reports.serviceTier ||= rec.has.serviceTier;
          usage.reports.cacheWrite ||= rec.has.cacheWrite;
          usage.reports.imageTokens ||= rec.has.imageTokens;
          if (!usage.add(usageBucket, rec.model, rec.tier, rec.counts)) return fail("bad-value", MESSAGES.overflow, where);
        } else {
          const rec = readCostRecord(costGetter(r));
          if (!rec.ok) return fail("bad-value", `${JSON_FIELD[rec.field] ?? rec.field} ${rec.reason}`, where);
          if (costs.currency !== null && costs.currency !== rec.currency) {
            return fail("mixed-currency", MESSAGES.mixedCurrency(costs.currency, rec.currency), where);
          }
          costs.currency = rec.currency;
          costs.add(costBucket, rec.lineItem, rec.amount, rec.quantity, rec.quantityUnit);
        }
      }
    }
  }

  if (kind === "costs") {
    if (costs.records > 0 && costs.withLineItem === 0) return fail("no-line-item", MESSAGES.noLineItem);
    return {
      ok: true,
      kind: "costs",
      format: "costs-json",
      buckets: costs.finish(),
      pages: pages.length,
      records: costs.records,
      currency: costs.currency,
      warnings: warnings.done(),
    };
  }
  // A file of empty buckets is usage with nothing in it (the API answers so for idle days).
  if (usage.records > 0 && usage.withModel === 0) return fail("no-model", MESSAGES.noModel);
  return {
    ok: true,
    kind: "usage",
    format: "usage-json",
    buckets: usage.finish(),
    pages: pages.length,
    records: usage.records,
    reports: { ...usage.reports },
    warnings: warnings.done(),
  };
}
