/**
 * The sentences and orderings the "Your bill" page shows, from its plain data: the banner for
 * a retiring model, the change in percent, the period, the files read, and the repricing
 * table's rows for a tier in the chosen order. No decimal.js: the page's results chunk stays
 * light (money was computed exactly before it got here).
 */
import { soonerNote } from "@/lib/catalog/headline";
import { RETIRING_SOON_DAYS } from "@/lib/catalog/lifecycle";
import { formatCount, formatDate, formatTokens, formatUsd } from "@/lib/format";

import type { RetirementBanner } from "./banners";
import { MAX_REASONING_SHARE_PERCENT, type RepriceTier, type UsageSort, type UsageSortColumn } from "./options";
import type { FileReport } from "./parse";
import type { PeriodInfo } from "./period";
import type { ReasoningAssumption, RepriceRow } from "./reprice";
import type { FileFormat } from "./types";

type PricedRow = Extract<RepriceRow, { ok: true }>;

const MINUS = "\u2212";

/** "-34.6667" → "−34.7 %", "12" → "+12.0 %", "0" → "0.0 %"; null (no base to compare with) → "–". */
export function formatChange(percent: string | null): string {
  if (percent === null || !/^-?\d+(\.\d+)?$/.test(percent)) return "–";
  const n = Number(percent);
  const text = Math.abs(n).toFixed(1);
  if (text === "0.0") return "0.0 %";
  return `${n < 0 ? MINUS : "+"}${text} %`;
}

export type BannerText = {
  /** "gpt-4o-mini shuts down on Jan 14, 2027." */
  headline: string;
  /** "Your 30 days would cost $63.53 on GPT-6 Luna (−34.7 %), its recommended replacement." */
  cost: string | null;
  /** Why the recommended replacement is not the one priced, when it is not. */
  replacementNote: string | null;
  /** A cheaper model that shuts down sooner, named second. */
  sooner: string | null;
  /** The reasoning assumption behind the figure. */
  assumption: string | null;
};

function costOn(row: PricedRow, why: string): string {
  return `Your 30 days would cost ${formatUsd(row.monthly)} on ${row.displayName} (${formatChange(row.comparison.percent)})${why}.`;
}

export function bannerText(b: RetirementBanner): BannerText {
  const s = b.suggestion;
  const when = b.lifecycle.shutdownDate ? formatDate(b.lifecycle.shutdownDate) : "a date not yet announced";
  const rep = b.replacement;
  let replacementNote: string | null = null;
  if (rep && !s?.recommended) {
    replacementNote = `Recommended replacement: ${rep.message ?? `${rep.id} shuts down within ${RETIRING_SOON_DAYS} days too, so it is not suggested.`}`;
  }
  return {
    headline: `${b.familyId} shuts down on ${when}.`,
    cost: s
      ? costOn(s.row, s.recommended ? ", its recommended replacement" : ", the cheapest model that stays available")
      : "No model that stays available can take this usage at published prices.",
    replacementNote,
    sooner: b.sooner ? soonerNote(b.sooner.item.displayName, formatUsd(b.sooner.item.monthly), b.sooner) : null,
    assumption: s ? s.row.assumption : null,
  };
}

const FORMAT_LABEL: Record<FileFormat, string> = {
  "usage-json": "Usage API JSON",
  "usage-csv": "usage CSV export",
  "costs-json": "Costs API JSON",
  "costs-csv": "cost CSV export",
};

/** "usage.csv (usage CSV export, 300 rows)", "usage.json (Usage API JSON, 5 pages, 150 results)". */
export function describeFile(f: FileReport): string {
  if (!f.format) return f.name;
  const csv = f.format.endsWith("-csv");
  const parts = [
    FORMAT_LABEL[f.format],
    ...(csv ? [] : [formatCount(f.pages, "page")]),
    formatCount(f.records, csv ? "row" : "result"),
  ];
  return `${f.name} (${parts.join(", ")})`;
}

/** "Oct 25, 2026 to Nov 23, 2026 (30 days)"; "16.5 days" for hourly buckets. */
export function periodText(p: PeriodInfo): string {
  const days = `${p.days} ${p.days === "1" ? "day" : "days"}`;
  return p.firstDay === p.lastDay
    ? `${formatDate(p.firstDay)} (${days})`
    : `${formatDate(p.firstDay)} to ${formatDate(p.lastDay)} (${days})`;
}

/** A share from 0 to 1: 0.5954 → "59.5 %". */
export function formatShare(fraction: number): string {
  return Number.isFinite(fraction) ? `${(fraction * 100).toFixed(1)} %` : "–";
}

const sortValue: Record<Exclude<UsageSortColumn, "model">, (r: PricedRow) => number> = {
  monthly: (r) => Number(r.monthly),
  difference: (r) => Number(r.comparison.difference),
};

/**
 * The repricing table for one tier: priced rows in the chosen order (ties by model ID), and the
 * models without that tier or its prices. Models that cannot take the usage are listed apart
 * (`Reprice.cannotTake`), once, whatever the tier.
 */
export function repriceTable(
  rows: readonly RepriceRow[],
  tier: RepriceTier,
  sort: UsageSort,
): { priced: PricedRow[]; unavailable: Extract<RepriceRow, { ok: false }>[] } {
  const forTier = rows.filter((r) => r.tier === tier);
  const priced = forTier.filter((r): r is PricedRow => r.ok);
  const dir = sort.desc ? -1 : 1;
  priced.sort((a, b) => {
    const byId = a.targetId < b.targetId ? -1 : a.targetId > b.targetId ? 1 : 0;
    if (sort.column === "model") return dir * byId;
    return dir * (sortValue[sort.column](a) - sortValue[sort.column](b)) || byId;
  });
  const unavailable = forTier.filter((r): r is Extract<RepriceRow, { ok: false }> => !r.ok && r.reason !== "cannot-take");
  return { priced, unavailable };
}

/** "12,000 tokens" for table cells; a count that is zero because the export does not report it says so. */
export function tokensOrUnreported(n: number, reported: boolean): string {
  return reported ? formatTokens(n) : "not in export";
}

/**
 * The assumption behind one total, short enough to sit beside it (the full sentence is
 * `row.assumption`): "output as in the file", "no reasoning", "30 % reasoning".
 */
export function assumptionLabel(row: Pick<RepriceRow, "targetReasons">, reasoning: ReasoningAssumption | null): string {
  if (!reasoning) return "output as in the file";
  if (row.targetReasons === false) return "no reasoning";
  const t = Math.min(MAX_REASONING_SHARE_PERCENT, Math.max(0, reasoning.targetSharePercent));
  return `${t} % reasoning`;
}

/** A share typed as text: empty is "not stated" (null); a whole percent 0–95 (a trailing "%" is fine) is a share. */
export function parseSharePercent(draft: string): { ok: true; value: number | null } | { ok: false } {
  const t = draft.trim().replace(/\s*%$/, "");
  if (t === "") return { ok: true, value: null };
  if (!/^\d{1,3}$/.test(t) || Number(t) > MAX_REASONING_SHARE_PERCENT) return { ok: false };
  return { ok: true, value: Number(t) };
}
