/**
 * Display formatting. A fixed locale and time zone so the server's HTML and the browser's
 * hydration agree byte for byte (no hydration drift), and every reader sees the same text.
 */
const LOCALE = "en-US";

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const usdPrice = new Intl.NumberFormat(LOCALE, {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 4,
});
const dateFmt = new Intl.DateTimeFormat(LOCALE, { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const monthFmt = new Intl.DateTimeFormat(LOCALE, { year: "numeric", month: "short", timeZone: "UTC" });
const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

export const NOT_PUBLISHED = "not published";

/** 1047576 → "1,047,576" */
export function formatTokens(n: number | null | undefined): string {
  return n == null ? NOT_PUBLISHED : integer.format(n);
}

/** 1047576 → "1M", 128000 → "128K", 16385 → "16K": for tight spaces, next to the exact figure. */
export function formatTokensShort(n: number): string {
  if (n >= 1_000_000) return `${twoDecimals.format(n / 1_000_000)}M`;
  if (n >= 1_000) return `${Math.round(n / 1_000)}K`;
  return integer.format(n);
}

/** Price per 1M tokens: 0.4 → "$0.40", 0.0025 → "$0.0025". */
export function formatPrice(usd: number | null | undefined): string {
  return usd == null ? NOT_PUBLISHED : usdPrice.format(usd);
}

/** "2026-11-25" → "Nov 25, 2026"; "2024-06" → "Jun 2024". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return NOT_PUBLISHED;
  if (/^\d{4}-\d{2}$/.test(iso)) return monthFmt.format(new Date(`${iso}-01T00:00:00Z`));
  return dateFmt.format(new Date(`${iso}T00:00:00Z`));
}

export function formatNumber(n: number | null | undefined, digits = 1): string {
  if (n == null) return NOT_PUBLISHED;
  return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits }).format(n);
}

/** 87.5 → "87.5%" */
export function formatPercent(n: number | null | undefined): string {
  return n == null ? NOT_PUBLISHED : `${oneDecimal.format(n)}%`;
}

export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${integer.format(n)} ${n === 1 ? singular : plural}`;
}

const usdCents = new Intl.NumberFormat(LOCALE, { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const usdCentsSigned = new Intl.NumberFormat(LOCALE, {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: "exceptZero",
});
/** Sub-cent amounts keep two significant digits, so a tiny bill never reads "$0.00". */
const usdSmall = new Intl.NumberFormat(LOCALE, { style: "currency", currency: "USD", maximumSignificantDigits: 2 });
const ONE_CENT = 0.01;

/**
 * Money from an exact decimal string (lib/cost): "13.5" → "$13.50", "0.0035" → "$0.0035".
 * The string goes to Intl as is (no float rounding on the way); magnitude checks use Number.
 */
export function formatUsd(amount: string | null | undefined): string {
  if (amount == null || amount === "" || !Number.isFinite(Number(amount))) return NOT_PUBLISHED;
  const n = Math.abs(Number(amount));
  const fmt = n > 0 && n < ONE_CENT ? usdSmall : usdCents;
  return fmt.format(amount as unknown as number);
}

/** A signed money difference: "-3" → "-$3.00", "3" → "+$3.00", "0" → "$0.00". */
export function formatUsdDelta(amount: string | null | undefined): string {
  if (amount == null || amount === "" || !Number.isFinite(Number(amount))) return NOT_PUBLISHED;
  const n = Math.abs(Number(amount));
  if (n > 0 && n < ONE_CENT) return `${Number(amount) < 0 ? "-" : "+"}${usdSmall.format(Math.abs(Number(amount)))}`;
  return usdCentsSigned.format(amount as unknown as number);
}
