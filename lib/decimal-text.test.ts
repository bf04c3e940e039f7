/**
 * lib/format.ts writes figures without Intl (lib/decimal-text.ts) so pages do not pay ICU's
 * start-up while they hydrate. These tests hold it to Intl's output, byte for byte: every
 * formatter against the Intl.NumberFormat it replaced, over seeded random values of every
 * magnitude, both signs, exact ties and carries, numbers and decimal strings.
 */
import { describe, expect, it } from "vitest";

import { decimalParts, fixedText, groupThousands, roundFraction, significantText } from "./decimal-text";
import {
  formatDate,
  formatMultiplier,
  formatNumber,
  formatPercent,
  formatPrice,
  formatTokens,
  formatTokensShort,
  formatUsd,
  formatUsdCompact,
  formatUsdDelta,
  formatUsdPrecise,
  formatWhole,
} from "./format";

const nf = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat("en-US", o);
const USD = { style: "currency", currency: "USD" } as const;
const intl = {
  integer: nf({ maximumFractionDigits: 0 }),
  price: nf({ ...USD, minimumFractionDigits: 2, maximumFractionDigits: 4 }),
  cents: nf({ ...USD, minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  centsSigned: nf({ ...USD, minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "exceptZero" }),
  small: nf({ ...USD, maximumSignificantDigits: 2 }),
  fine: nf({ ...USD, minimumFractionDigits: 2, maximumFractionDigits: 6 }),
  digits: (d: number) => nf({ maximumFractionDigits: d }),
  date: new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }),
  month: new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", timeZone: "UTC" }),
};
const asIntl = (s: string) => s as unknown as number; // Intl reads decimal strings exactly

/** Seeded, so a failure names a value that fails again. */
function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Doubles from 1e-9 to 1e17, both signs, with many exact ties (…5 at the rounding digit) and carries (…9995). */
function numbers(count: number, seed: number): number[] {
  const r = rng(seed);
  const out = [0, -0, 0.5, -0.5, 1.005, 2.675, 0.125, 999.995, 0.0099999, 0.00125, 1e-7, 123456789.125, 1e15 + 0.5];
  for (let i = 0; i < count; i++) {
    const sign = r() < 0.3 ? -1 : 1;
    const kind = r();
    const magnitude = 10 ** (Math.floor(r() * 26) - 9);
    if (kind < 0.4) out.push(sign * r() * magnitude);
    else if (kind < 0.7) out.push((sign * (Math.floor(r() * 100_000) + 0.5)) / 10 ** Math.floor(r() * 7));
    else if (kind < 0.85) out.push(sign * (10 ** Math.floor(r() * 9) - 10 ** -Math.floor(r() * 7) / 2));
    else out.push(sign * Math.floor(r() * 1e6) * 10 ** Math.floor(r() * 10));
  }
  return out;
}

/** Plain decimal strings as lib/cost writes them: up to 25 integer and 12 fraction digits. */
function decimals(count: number, seed: number): string[] {
  const r = rng(seed);
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 10)).join("");
  const out = ["0", "-0", "0.005", "-0.005", "0.0049999", "9.995", "0.000125", "1000000", "12345678901234567890123.45"];
  for (let i = 0; i < count; i++) {
    const int = r() < 0.5 ? "0" : String(BigInt(`1${digits(Math.floor(r() * 25))}`));
    const frac = r() < 0.2 ? "" : `.${digits(1 + Math.floor(r() * 12))}`;
    const tie = r() < 0.3 ? "5" : "";
    out.push(`${r() < 0.3 ? "-" : ""}${int}${frac}${frac ? tie : ""}`);
  }
  return out;
}

const NUMBERS = numbers(4000, 1);
const DECIMALS = decimals(3000, 2);

describe("the Intl-free formatters write exactly what Intl wrote", () => {
  it("whole counts, prices, percents and any number of fraction digits", () => {
    for (const n of NUMBERS) {
      expect(formatTokens(n), `formatTokens(${n})`).toBe(intl.integer.format(n));
      expect(formatPrice(n), `formatPrice(${n})`).toBe(intl.price.format(n));
      expect(formatPercent(n), `formatPercent(${n})`).toBe(`${intl.digits(1).format(n)}%`);
      for (const d of [0, 1, 2, 3, 6]) expect(formatNumber(n, d), `formatNumber(${n}, ${d})`).toBe(intl.digits(d).format(n));
    }
  });

  it("money from decimal strings: cents, sub-cent amounts, signed differences, micro-dollars", () => {
    for (const s of [...DECIMALS, ...NUMBERS.map(String).filter((s) => !s.includes("e"))]) {
      const n = Math.abs(Number(s));
      const small = n > 0 && n < 0.01;
      expect(formatUsd(s), `formatUsd(${s})`).toBe((small ? intl.small : intl.cents).format(asIntl(s)));
      expect(formatUsdDelta(s), `formatUsdDelta(${s})`).toBe(
        small ? `${Number(s) < 0 ? "-" : "+"}${intl.small.format(n)}` : intl.centsSigned.format(asIntl(s)),
      );
      expect(formatUsdPrecise(s), `formatUsdPrecise(${s})`).toBe(intl.fine.format(asIntl(s)));
      expect(formatMultiplier(s), `formatMultiplier(${s})`).toBe(`${intl.digits(2).format(asIntl(s))}×`);
      expect(formatWhole(s), `formatWhole(${s})`).toBe(intl.integer.format(asIntl(s)));
    }
  });

  it("axis ticks under $1,000 and short token counts", () => {
    for (const n of NUMBERS.filter((n) => n < 1000)) {
      const expected = n > 0 && n < 0.01 ? intl.small.format(n) : intl.cents.format(n);
      expect(formatUsdCompact(n), `formatUsdCompact(${n})`).toBe(expected);
    }
    for (const n of NUMBERS.filter((n) => n >= 1_000_000))
      expect(formatTokensShort(n), `formatTokensShort(${n})`).toBe(`${intl.digits(2).format(n / 1_000_000)}M`);
  });

  it("dates and months, every day from 1990 to 2060", () => {
    for (let t = Date.UTC(1990, 0, 1); t <= Date.UTC(2060, 11, 31); t += 86_400_000 * 3) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatDate(iso)).toBe(intl.date.format(new Date(`${iso}T00:00:00Z`)));
      expect(formatDate(iso.slice(0, 7))).toBe(intl.month.format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`)));
    }
  });

  it("leaves what it does not write to Intl: NaN, Infinity, exponent strings, impossible dates", () => {
    expect(formatTokens(Number.NaN)).toBe("NaN");
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe("∞");
    expect(formatUsd("1e3")).toBe("$1,000.00");
    expect(() => formatDate("2026-13-45")).toThrow(RangeError);
  });
});

describe("decimal-text", () => {
  it("reads numbers by their shortest digits, as ICU does, and expands exponents", () => {
    expect(decimalParts(1.005)).toEqual({ neg: false, int: "1", frac: "005" });
    expect(decimalParts(1.25e-7)).toEqual({ neg: false, int: "0", frac: "000000125" });
    expect(decimalParts(-2e21)).toEqual({ neg: true, int: "2000000000000000000000", frac: "" });
    expect(decimalParts(-0)).toEqual({ neg: true, int: "0", frac: "" });
    expect(decimalParts("007.50")).toEqual({ neg: false, int: "7", frac: "50" });
    expect(decimalParts("1e3")).toBeNull();
    expect(decimalParts(Number.NaN)).toBeNull();
  });
  it("rounds half away from zero and carries into the integer", () => {
    expect(roundFraction(decimalParts("9.995")!, 2)).toEqual({ neg: false, int: "10", frac: "00" });
    expect(roundFraction(decimalParts("-0.125")!, 2)).toEqual({ neg: true, int: "0", frac: "13" });
    expect(roundFraction(decimalParts("0.4")!, 0)).toEqual({ neg: false, int: "0", frac: "" });
  });
  it("groups thousands and writes signs the two ways Intl does", () => {
    expect(groupThousands("1234567")).toBe("1,234,567");
    expect(groupThousands("123")).toBe("123");
    expect(fixedText("-0.004", 2, { minFraction: 2, prefix: "$" })).toBe("-$0.00");
    expect(fixedText("-0.004", 2, { minFraction: 2, prefix: "$", sign: "exceptZero" })).toBe("$0.00");
    expect(fixedText("3", 2, { minFraction: 2, prefix: "$", sign: "exceptZero" })).toBe("+$3.00");
    expect(significantText(0.0099999, 2, { prefix: "$" })).toBe("$0.01");
    expect(significantText(2.5, 2)).toBeNull();
  });
});
