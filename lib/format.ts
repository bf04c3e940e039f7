/**
 * Display formatting. A fixed locale and time zone so the server's HTML and the browser's
 * hydration agree byte for byte (no hydration drift), and every reader sees the same text.
 *
 * Figures and dates a page shows while it hydrates are written by lib/decimal-text.ts and the
 * month names below, not by Intl: the first Intl formatter a page builds costs 35–80 ms of main
 * thread (ICU's number data), inside the page's longest task (issue 15). The output is Intl's,
 * byte for byte (decimal-text.test.ts checks). Intl remains for what those helpers do not cover
 * (NaN, Infinity, exponent strings, compact axis ticks drawn by the lazily loaded charts).
 */
import { fixedText, significantText } from "./decimal-text";

const LOCALE = "en-US";

/**
 * Each formatter is built on its first use. Constructing an Intl formatter loads locale data and
 * costs milliseconds; built at module scope, all of them ran in the browser's first script task
 * (~80 ms of main thread unthrottled, ~310 ms at Lighthouse's 4× slowdown), although a page uses few.
 */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

const integer = lazy(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 }));
const usdPrice = lazy(
  () =>
    new Intl.NumberFormat(LOCALE, {
      style: "currency",
      currency: "USD",
      minimumFractionDigits: 2,
      maximumFractionDigits: 4,
    }),
);
const dateFmt = lazy(() => new Intl.DateTimeFormat(LOCALE, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }));
const monthFmt = lazy(() => new Intl.DateTimeFormat(LOCALE, { year: "numeric", month: "short", timeZone: "UTC" }));
const oneDecimal = lazy(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 }));
const twoDecimals = lazy(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }));

export const NOT_PUBLISHED = "not published";

/** 1047576 → "1,047,576" */
export function formatTokens(n: number | null | undefined): string {
  return n == null ? NOT_PUBLISHED : whole(n);
}

/** Rounded to a whole number, grouped: 1047576.4 → "1,047,576". */
function whole(n: number | string): string {
  return fixedText(n, 0) ?? integer().format(n as number);
}

/** 1047576 → "1M", 128000 → "128K", 16385 → "16K": for tight spaces, next to the exact figure. */
export function formatTokensShort(n: number): string {
  if (n >= 1_000_000) return `${fixedText(n / 1_000_000, 2) ?? twoDecimals().format(n / 1_000_000)}M`;
  if (n >= 1_000) return `${Math.round(n / 1_000)}K`;
  return whole(n);
}

/** Price per 1M tokens: 0.4 → "$0.40", 0.0025 → "$0.0025". */
export function formatPrice(usd: number | null | undefined): string {
  if (usd == null) return NOT_PUBLISHED;
  return fixedText(usd, 4, { minFraction: 2, prefix: "$" }) ?? usdPrice().format(usd);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "2026-11-25" → "Nov 25, 2026"; "2024-06" → "Jun 2024". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return NOT_PUBLISHED;
  const monthOnly = /^\d{4}-\d{2}$/.test(iso);
  const d = new Date(monthOnly ? `${iso}-01T00:00:00Z` : `${iso}T00:00:00Z`);
  const year = d.getUTCFullYear();
  // Years Intl would write differently (before 1000, after 9999) and invalid dates (Intl throws) go to Intl.
  if (!(year >= 1000 && year <= 9999)) return (monthOnly ? monthFmt() : dateFmt()).format(d);
  const month = MONTHS[d.getUTCMonth()]!;
  return monthOnly ? `${month} ${year}` : `${month} ${d.getUTCDate()}, ${year}`;
}

/** One formatter per precision: building an Intl.NumberFormat costs far more than using one. */
const byDigits = new Map<number, Intl.NumberFormat>();

export function formatNumber(n: number | null | undefined, digits = 1): string {
  if (n == null) return NOT_PUBLISHED;
  const text = Number.isInteger(digits) && digits >= 0 && digits <= 20 ? fixedText(n, digits) : null;
  if (text !== null) return text;
  let fmt = byDigits.get(digits);
  if (!fmt) byDigits.set(digits, (fmt = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits })));
  return fmt.format(n);
}

/** 87.5 → "87.5%" */
export function formatPercent(n: number | null | undefined): string {
  return n == null ? NOT_PUBLISHED : `${fixedText(n, 1) ?? oneDecimal().format(n)}%`;
}

export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${whole(n)} ${n === 1 ? singular : plural}`;
}

const USD_CENTS: Intl.NumberFormatOptions = {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
};
const usdCents = lazy(() => new Intl.NumberFormat(LOCALE, USD_CENTS));
const usdCentsSigned = lazy(() => new Intl.NumberFormat(LOCALE, { ...USD_CENTS, signDisplay: "exceptZero" }));
/** Sub-cent amounts keep two significant digits, so a tiny bill never reads "$0.00". */
const usdSmall = lazy(() => new Intl.NumberFormat(LOCALE, { style: "currency", currency: "USD", maximumSignificantDigits: 2 }));
const ONE_CENT = 0.01;
const cents = (x: number | string) => fixedText(x, 2, { minFraction: 2, prefix: "$" }) ?? usdCents().format(x as number);
const centsSigned = (x: string) =>
  fixedText(x, 2, { minFraction: 2, prefix: "$", sign: "exceptZero" }) ?? usdCentsSigned().format(x as unknown as number);
const small = (x: number | string) => significantText(x, 2, { prefix: "$" }) ?? usdSmall().format(x as number);

/**
 * Money from an exact decimal string (lib/cost): "13.5" → "$13.50", "0.0035" → "$0.0035".
 * The string is rounded as written (no float rounding on the way); magnitude checks use Number.
 */
export function formatUsd(amount: string | null | undefined): string {
  if (amount == null || amount === "" || !Number.isFinite(Number(amount))) return NOT_PUBLISHED;
  const n = Math.abs(Number(amount));
  return n > 0 && n < ONE_CENT ? small(amount) : cents(amount);
}

/** A signed money difference: "-3" → "-$3.00", "3" → "+$3.00", "0" → "$0.00". */
export function formatUsdDelta(amount: string | null | undefined): string {
  if (amount == null || amount === "" || !Number.isFinite(Number(amount))) return NOT_PUBLISHED;
  const n = Math.abs(Number(amount));
  if (n > 0 && n < ONE_CENT) return `${Number(amount) < 0 ? "-" : "+"}${small(n)}`;
  return centsSigned(amount);
}

// ---- More money and volumes from exact decimal strings (the cost calculator) ----
// A decimal string is rounded as written (no trip through a float), so
// "0.30000000000000004"-style artefacts and exponent notation cannot appear.

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const usdFine = lazy(
  () =>
    new Intl.NumberFormat(LOCALE, {
      style: "currency",
      currency: "USD",
      minimumFractionDigits: 2,
      maximumFractionDigits: 6,
    }),
);
const compact = lazy(() => new Intl.NumberFormat(LOCALE, { notation: "compact", maximumFractionDigits: 1 }));
const usdCompact = lazy(
  () =>
    new Intl.NumberFormat(LOCALE, {
      style: "currency",
      currency: "USD",
      notation: "compact",
      maximumFractionDigits: 1,
    }),
);
const upTo2 = lazy(() => new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }));

/** Shown instead of a figure that is not a plain decimal (never NaN or "1e+21"). */
const NOT_A_NUMBER = "—";

type NumericString = `${number}`;
const asNumeric = (s: string) => s as NumericString;

/** Money to the micro-dollar, for "show the math" lines: "$0.000125", "$0.30". */
export function formatUsdPrecise(amount: string): string {
  if (!PLAIN_DECIMAL.test(amount)) return NOT_A_NUMBER;
  return fixedText(amount, 6, { minFraction: 2, prefix: "$" }) ?? usdFine().format(asNumeric(amount));
}

/** A whole count from an exact decimal string or a number: "1000000" → "1,000,000". */
export function formatWhole(n: number | string): string {
  const s = typeof n === "number" ? (Number.isFinite(n) ? String(Math.round(n)) : "") : n;
  // Numbers ≥ 1e21 stringify with an exponent; integers beyond that are refused, never shown so.
  return PLAIN_DECIMAL.test(s) ? whole(s) : NOT_A_NUMBER;
}

/** "1.5" → "1.5×", "4" → "4×" (cost relative to the cheapest). */
export function formatMultiplier(ratio: string): string {
  if (!PLAIN_DECIMAL.test(ratio)) return NOT_A_NUMBER;
  return `${fixedText(ratio, 2) ?? upTo2().format(asNumeric(ratio))}×`;
}

/** Axis ticks: 1500000 → "1.5M", 1e11 → "100B". */
export function formatCompact(n: number): string {
  return Number.isFinite(n) ? compact().format(n) : NOT_A_NUMBER;
}

/** Axis ticks in dollars: 1234 → "$1.2K". */
export function formatUsdCompact(n: number): string {
  if (!Number.isFinite(n)) return NOT_A_NUMBER;
  return n > 0 && n < 0.01 ? small(n) : n < 1000 ? cents(n) : usdCompact().format(n);
}
