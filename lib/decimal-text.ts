/**
 * en-US number text without Intl: grouping, fraction digits, significant digits and signs, on
 * decimal strings (so rounding is exact, never a float's).
 *
 * Why not Intl.NumberFormat: the first Intl formatter a page builds initialises ICU's number
 * data, 35–80 ms of main thread on this machine (four times that on Lighthouse's phone). Pages
 * format figures while they hydrate, so every page paid it inside its longest task; the bare
 * Next.js page it is measured against pays nothing (issue 15). The output is Intl's, byte for
 * byte: decimal-text.test.ts compares both over thousands of values, ties and edge cases.
 *
 * Numbers are read through their shortest round-trip digits (`String(n)`), as ICU does, so
 * 1.005 rounds to "1.01" like Intl, not "1.00" like `toFixed`. Rounding is half away from
 * zero (Intl's default, "halfExpand").
 */

/** A number's digits split at the point; `neg` is the sign, also of -0 (Intl prints "-0"). */
export type DecimalParts = { neg: boolean; int: string; frac: string };

const PLAIN = /^-?\d+(\.\d+)?$/;

/** Expands "1.25e-7" / "1e+21" to plain digits. */
function expandExponent(s: string): string {
  const [mantissa, expText] = s.split("e") as [string, string];
  const exp = Number(expText);
  const neg = mantissa.startsWith("-");
  const [int, frac = ""] = (neg ? mantissa.slice(1) : mantissa).split(".") as [string, string?];
  const digits = int + frac;
  const point = int.length + exp;
  const body =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return (neg ? "-" : "") + body;
}

/**
 * A finite number (its shortest digits) or a plain decimal string ("-12.50") as parts; null for
 * anything else (NaN, Infinity, "1e3", "abc"), which callers hand to Intl instead.
 */
export function decimalParts(x: number | string): DecimalParts | null {
  let s: string;
  if (typeof x === "number") {
    if (!Number.isFinite(x)) return null;
    s = Object.is(x, -0) ? "-0" : String(x);
    if (s.includes("e")) s = expandExponent(s);
  } else {
    if (!PLAIN.test(x)) return null;
    s = x;
  }
  const neg = s.startsWith("-");
  const [int, frac = ""] = (neg ? s.slice(1) : s).split(".") as [string, string?];
  return { neg, int: int.replace(/^0+(?=\d)/, ""), frac };
}

/** "0999" + 1 → "1000": the digit string as an integer, plus one. */
function increment(digits: string): string {
  const out = digits.split("");
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== "9") {
      out[i] = String(Number(out[i]) + 1);
      return out.join("");
    }
    out[i] = "0";
  }
  return `1${out.join("")}`;
}

/** Rounds to at most `max` fraction digits, half away from zero. */
export function roundFraction(p: DecimalParts, max: number): DecimalParts {
  if (p.frac.length <= max) return p;
  let digits = p.int + p.frac.slice(0, max);
  if (p.frac.charCodeAt(max) >= 53 /* "5" */) digits = increment(digits);
  const int = digits.slice(0, digits.length - max).replace(/^0+(?=\d)/, "") || "0";
  return { neg: p.neg, int, frac: max ? digits.slice(digits.length - max) : "" };
}

/**
 * Rounds to at most `max` significant digits, for values under 1 only (the one use: sub-cent
 * money); null at or above 1.
 */
export function roundSignificant(p: DecimalParts, max: number): DecimalParts | null {
  if (p.int !== "0") return null;
  const first = p.frac.search(/[1-9]/);
  if (first < 0) return p;
  return roundFraction(p, first + max);
}

const isZero = (p: DecimalParts) => /^0*$/.test(p.int) && /^0*$/.test(p.frac);

/** Thousands separators: "1234567" → "1,234,567". */
export function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export type TextOptions = {
  /** Fraction digits always shown; zeros beyond them are dropped (Intl's minimumFractionDigits). */
  minFraction?: number;
  /** Between the sign and the digits: "$" gives "-$1.50". */
  prefix?: string;
  /** "auto": "-" for negatives, -0 included; "exceptZero": "+" or "-" unless it rounds to zero. */
  sign?: "auto" | "exceptZero";
};

/** Rounded parts as text: sign, prefix ("$"), grouped integer, fraction trimmed to `minFraction`. */
export function partsText(p: DecimalParts, { minFraction = 0, prefix = "", sign = "auto" }: TextOptions = {}): string {
  let frac = p.frac;
  while (frac.length > minFraction && frac.endsWith("0")) frac = frac.slice(0, -1);
  frac = frac.padEnd(minFraction, "0");
  const zero = isZero(p);
  const signText = sign === "auto" ? (p.neg ? "-" : "") : zero ? "" : p.neg ? "-" : "+";
  return `${signText}${prefix}${groupThousands(p.int)}${frac ? `.${frac}` : ""}`;
}

/** A number or plain decimal string with up to `maxFraction` digits; null when Intl must do it. */
export function fixedText(x: number | string, maxFraction: number, options: TextOptions = {}): string | null {
  const p = decimalParts(x);
  return p ? partsText(roundFraction(p, maxFraction), options) : null;
}

/** Up to `maxSignificant` significant digits, values under 1 only; null when Intl must do it. */
export function significantText(x: number | string, maxSignificant: number, options: TextOptions = {}): string | null {
  const p = decimalParts(x);
  const r = p && roundSignificant(p, maxSignificant);
  return r ? partsText(r, options) : null;
}
