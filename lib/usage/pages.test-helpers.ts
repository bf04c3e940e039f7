/** API pages and CSV text for the parser tests (imported only by *.test.ts). */

/** 2026-10-25T00:00:00Z */
export const DAY0 = 1_792_886_400;
export const DAY = 86_400;

export function usageResult(partial: Record<string, unknown> = {}) {
  return {
    object: "organization.usage.completions.result",
    input_tokens: 1000,
    output_tokens: 500,
    input_cached_tokens: 400,
    input_audio_tokens: 0,
    output_audio_tokens: 0,
    num_model_requests: 2,
    project_id: null,
    user_id: null,
    api_key_id: null,
    model: "gpt-4o-mini-2024-07-18",
    batch: false,
    service_tier: "default",
    ...partial,
  };
}

export function costResult(value: number | string, lineItem: string | null, partial: Record<string, unknown> = {}) {
  return {
    object: "organization.costs.result",
    amount: { value, currency: "usd" },
    line_item: lineItem,
    project_id: "proj_test",
    ...partial,
  };
}

export function bucket(day: number, results: unknown[]) {
  return { object: "bucket", start_time: DAY0 + day * DAY, end_time: DAY0 + (day + 1) * DAY, results };
}

export function page(buckets: unknown[], hasMore = false) {
  return { object: "page", data: buckets, has_more: hasMore, next_page: hasMore ? "page_AAAA" : null };
}

/** CSV text from a header and rows (values are quoted when they need it). */
export function csv(header: string[], rows: (string | number | boolean | null)[][]): string {
  const q = (v: string | number | boolean | null) => {
    const s = v === null ? "" : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header.join(","), ...rows.map((r) => r.map(q).join(","))].join("\n") + "\n";
}
