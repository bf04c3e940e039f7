/**
 * Money from an exact decimal string (lib/cost returns strings): "37.5" → "$37.50",
 * "0.0025" → "$0.0025". The string goes to Intl as is, never through a float.
 *
 * Kept here rather than in lib/format.ts only because the calculator branch adds `formatUsd`
 * there at the same time; once merged, this should delegate to it (same output).
 */
const LOCALE = "en-US";
const cents = new Intl.NumberFormat(LOCALE, { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const small = new Intl.NumberFormat(LOCALE, { style: "currency", currency: "USD", maximumSignificantDigits: 2 });
const PLAIN_DECIMAL = /^\d+(\.\d+)?$/;

export function formatMoney(amount: string): string {
  if (!PLAIN_DECIMAL.test(amount)) return "—";
  const n = Number(amount);
  const fmt = n > 0 && n < 0.01 ? small : cents;
  return fmt.format(amount as `${number}`);
}
