/**
 * The shapes of an imported usage or costs export, from the parsers to the views. Plain data
 * (no Maps, no classes, no Decimal): they cross a Web Worker boundary by structured clone and
 * print as JSON in tests.
 *
 * Token counts are JavaScript numbers, always whole, finite and non-negative (the parsers
 * refuse anything else, and refuse totals above 2^53, where a double stops counting exactly).
 * Money is an exact decimal string (decimal.js), formatted only at the edge (lib/format.ts).
 */
import type { ServiceTier } from "@/lib/catalog/types";

export type { ServiceTier };

/**
 * The service tier a usage record ran on. Usage the catalog cannot name (e.g. "scale") keeps its
 * raw name after "other:" and is never priced.
 */
export type UsageTier = ServiceTier | `other:${string}`;

/** Counts of one model on one tier, over a bucket, a day or the whole period. */
export type TokenCounts = {
  requests: number;
  /** Input tokens billed at the full input rate: input_tokens − cached − cache writes. */
  uncachedInput: number;
  cachedInput: number;
  /** Input tokens written to the prompt cache (part of input_tokens in the export). */
  cacheWriteInput: number;
  /** Output tokens, reasoning included: the export cannot split them. */
  output: number;
  /** Image input tokens, where the export reports them (0 otherwise; see `UsageReports`). */
  imageInput: number;
};

export type TokenKind = "uncachedInput" | "cachedInput" | "cacheWriteInput" | "output";

/** Usage of one model ID (as written in the file) on one tier. */
export type UsageCell = TokenCounts & { model: string; tier: UsageTier };

/** Unix seconds, as the Usage and Costs APIs write bucket times. */
export type Period = { start: number; end: number };

/** What the export's grouping told us; each false field is a caveat the views show. */
export type UsageReports = {
  /** Some record carried `batch` (the query grouped by batch). Otherwise all usage counts as non-batch. */
  batch: boolean;
  /** Some record carried `service_tier`. Otherwise all usage counts as standard. */
  serviceTier: boolean;
  /** Some record carried `input_cache_write_tokens`. */
  cacheWrite: boolean;
  /** Some record carried `input_image_tokens`. */
  imageTokens: boolean;
};

/**
 * Everything pricing needs, and nothing else: per model and tier, totals over the period. This
 * is what a permalink carries (no project, user, key or organisation appears in it).
 */
export type UsageAggregate = {
  /** First bucket's start to last bucket's end; null when the file holds no bucket. */
  period: Period | null;
  /** Sorted by model, then tier. */
  cells: UsageCell[];
  reports: UsageReports;
};

/** One UTC day of usage (reconciliation compares days with a costs file). */
export type UsageDay = { day: number; cells: UsageCell[] };

export type ImportStats = {
  files: number;
  /** API pages read (0 for CSV). */
  pages: number;
  /** CSV data rows or API results read. */
  records: number;
  /** Buckets kept after removing duplicates. */
  buckets: number;
  /** Buckets dropped because an identical one (same times, same figures) was already loaded. */
  duplicateBuckets: number;
  /** Pages every bucket of which was a duplicate. */
  duplicatePages: number;
  /** Buckets sharing time with a loaded one but not identical to it: added, and worth a warning. */
  overlappingBuckets: number;
};

export type UsageData = { aggregate: UsageAggregate; daily: UsageDay[]; stats: ImportStats };

/** One cost line item (e.g. "gpt-4o-mini-2024-07-18, input") on one UTC day. */
export type CostDay = { day: number; amount: string; quantity: string | null };

export type CostLine = {
  lineItem: string;
  /** Exact decimal sum over the period. */
  amount: string;
  /** Sum of `quantity` when every record gave one, else null. */
  quantity: string | null;
  quantityUnit: string | null;
  daily: CostDay[];
};

export type CostsData = {
  /** Lower-case ISO code as the API writes it ("usd"). One currency per import. */
  currency: string;
  period: Period | null;
  lines: CostLine[];
  /** Sum of every line, exact. */
  total: string;
  stats: ImportStats;
};

export type ProblemCode =
  | "empty"
  | "too-large"
  | "binary"
  | "html"
  | "not-json-or-csv"
  | "truncated-json"
  | "invalid-json"
  | "api-error"
  | "not-an-export"
  | "wrong-endpoint"
  | "mixed-kinds"
  | "no-model"
  | "no-line-item"
  | "missing-column"
  | "bad-value"
  | "mixed-currency"
  | "csv-syntax"
  | "cancelled"
  | "read-failed"
  | "internal";

/**
 * Why a file could not be read, in words a user can act on. `where` names the place
 * ("row 12, column input_tokens"; "page 2, bucket 3, result 1") when there is one.
 */
export type UsageProblem = { code: ProblemCode; file: string; message: string; where?: string };

export type FileFormat = "usage-json" | "usage-csv" | "costs-json" | "costs-csv";

export type ParseProgress = {
  file: string;
  /** 0-based index of the file in the import. */
  fileIndex: number;
  fileCount: number;
  phase: "reading" | "parsing" | "done";
  /** Characters parsed so far and in total (of the file's text). */
  done: number;
  total: number;
};

export type ParseOptions = {
  signal?: AbortSignal;
  onProgress?: (p: ParseProgress) => void;
  /** Characters of CSV per chunk: between chunks the parser yields, reports and checks `signal`. */
  chunkSize?: number;
  /** Gives the event loop a turn between chunks (default: a zero-delay timeout). */
  yieldToHost?: () => Promise<void>;
  /** Refuse larger files (default MAX_USAGE_FILE_BYTES). */
  maxBytes?: number;
};

export type UsageInput = { name: string; content: string | Blob };
