/**
 * Reading one value of an export. Every reader returns a value or a short reason ("is -5, must
 * be a whole number of at least 0"); none throws and none returns NaN, so a bad cell becomes a
 * message naming its row and column rather than a wrong total.
 */
import { Dec } from "@/lib/cost/decimal";

/** decimal.js throws on exponents beyond its range; a reader must not. */
function toDec(t: string): Dec | null {
  try {
    return new Dec(t);
  } catch {
    return null;
  }
}

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const WHOLE = /^\d+$/;
/** A plain or scientific decimal, as JSON and spreadsheets write numbers. */
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const MAX_SHOWN = 40;

/** The value as a user would recognise it in the file, shortened. */
export function shown(v: unknown): string {
  let s: string;
  if (typeof v === "string") s = JSON.stringify(v);
  else if (v === undefined) s = "missing";
  else {
    try {
      s = JSON.stringify(v) ?? String(v);
    } catch {
      s = String(v);
    }
  }
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s;
}

/**
 * A count of tokens or requests: a whole number ≥ 0 below 2^53. Accepts JSON numbers and the
 * text a CSV holds ("1234", "1234.0", "1.2e6"). `missing` decides what null, undefined and ""
 * mean: 0 for optional fields, an error for required ones.
 */
export function readCount(v: unknown, missing: "zero" | "error"): Read<number> {
  const r = countOrReason(v, missing);
  return typeof r === "number" ? { ok: true, value: r } : { ok: false, reason: r };
}

/** Digits of a whole number a double holds exactly (9,007,199,254,740,991 has 16). */
const SAFE_DIGITS = 15;

/**
 * readCount without allocating: the count, or the reason as a string. The parsers call it for
 * every field of every row; plain digits (what exports hold) are read without a regular expression.
 */
export function countOrReason(v: unknown, missing: "zero" | "error"): number | string {
  if (typeof v === "string" && v.length > 0 && v.length <= SAFE_DIGITS) {
    let n = 0;
    let i = 0;
    for (; i < v.length; i++) {
      const d = v.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === v.length) return n;
  }
  if (v === null || v === undefined || v === "") return missing === "zero" ? 0 : "is empty, must be a whole number";
  let n: number;
  if (typeof v === "number") n = v;
  else if (typeof v === "string") {
    const t = v.trim();
    if (WHOLE.test(t)) n = Number(t);
    else if (DECIMAL.test(t)) {
      const d = toDec(t);
      if (!d) return `is ${shown(v)}, not a number`;
      if (d.isNeg() && !d.isZero()) return `is ${shown(v)}, a count cannot be negative`;
      if (!d.isInteger()) return `is ${shown(v)}, must be a whole number`;
      // Beyond 2^53 the conversion would round, so it is refused before converting.
      if (d.gt(Number.MAX_SAFE_INTEGER)) return `is ${shown(v)}, too large to count exactly`;
      n = d.toNumber();
    } else return `is ${shown(v)}, not a number`;
  } else return `is ${shown(v)}, not a number`;
  if (!Number.isFinite(n)) return `is ${shown(v)}, not a number`;
  if (n < 0) return `is ${shown(v)}, a count cannot be negative`;
  if (!Number.isInteger(n)) return `is ${shown(v)}, must be a whole number`;
  if (!Number.isSafeInteger(n)) return `is ${shown(v)}, too large to count exactly`;
  // "-0" is a valid zero; keep it from printing as "-0" later.
  return n === 0 ? 0 : n;
}

/**
 * Money or a quantity, exactly: "0.1200000000000000000012" stays that string. A JSON number is
 * read as the JSON engine read it (its shortest decimal form). Negative amounts are valid
 * (credits and refunds).
 */
export function readDecimal(v: unknown): Read<string> {
  let t: string;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return { ok: false, reason: `is ${shown(v)}, not a number` };
    t = String(v);
  } else if (typeof v === "string") t = v.trim();
  else return { ok: false, reason: v === null || v === undefined ? "is missing" : `is ${shown(v)}, not a number` };
  if (t === "") return { ok: false, reason: "is empty" };
  const d = DECIMAL.test(t) ? toDec(t) : null;
  if (!d || !d.isFinite()) return { ok: false, reason: `is ${shown(v)}, not a number` };
  return { ok: true, value: d.toFixed() };
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2}|\s*UTC)?$/;
/** 2000-01-01 and 2100-01-01: a bucket outside them is a unit mix-up (milliseconds?), not usage. */
const EARLIEST = 946_684_800;
const LATEST = 4_102_444_800;

/** A bucket time: Unix seconds (number or digits) or an ISO 8601 date-time (UTC unless it says otherwise). */
export function readTime(v: unknown): Read<number> {
  if (typeof v === "number" || (typeof v === "string" && WHOLE.test(v.trim()))) {
    const n = Number(v);
    if (!Number.isSafeInteger(n)) return { ok: false, reason: `is ${shown(v)}, not a time` };
    if (n < EARLIEST || n > LATEST) {
      return { ok: false, reason: `is ${shown(v)}, not a time in Unix seconds between 2000 and 2100` };
    }
    return { ok: true, value: n };
  }
  if (typeof v === "string") {
    const m = ISO_TIME.exec(v.trim());
    if (m) {
      const zone = (m[7] ?? "Z").trim();
      const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4] ?? "00"}:${m[5] ?? "00"}:${m[6] ?? "00"}${zone === "UTC" ? "Z" : zone}`;
      const ms = Date.parse(iso);
      const s = Math.floor(ms / 1000);
      // Date.parse rolls 2025-02-30 over to March: a date that does not exist is a damaged cell.
      const real =
        new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === `${m[1]}-${m[2]}-${m[3]}`;
      if (real && Number.isFinite(ms) && s >= EARLIEST && s <= LATEST) return { ok: true, value: s };
    }
  }
  return {
    ok: false,
    reason: v === null || v === undefined || v === "" ? "is empty, must be a time" : `is ${shown(v)}, not a time`,
  };
}

/** `batch`: true/false, or null when the export did not group by it. */
export function readFlag(v: unknown): Read<boolean | null> {
  if (v === null || v === undefined || v === "") return { ok: true, value: null };
  if (typeof v === "boolean") return { ok: true, value: v };
  if (typeof v === "string") {
    const t = v.trim().toLowerCase();
    if (t === "true" || t === "1" || t === "yes") return { ok: true, value: true };
    if (t === "false" || t === "0" || t === "no") return { ok: true, value: false };
    if (t === "" || t === "null" || t === "none") return { ok: true, value: null };
  }
  if (v === 1 || v === 0) return { ok: true, value: v === 1 };
  return { ok: false, reason: `is ${shown(v)}, must be true or false` };
}

/** A grouping key (model, service_tier, line_item): a string, or null when not grouped. */
export function readKey(v: unknown): Read<string | null> {
  if (v === null || v === undefined) return { ok: true, value: null };
  if (typeof v === "string") {
    const t = v.trim();
    return { ok: true, value: t === "" || t.toLowerCase() === "null" ? null : t };
  }
  return { ok: false, reason: `is ${shown(v)}, must be text` };
}

/** Seconds at 00:00 UTC of the day holding `t`. */
export const SECONDS_PER_DAY = 86_400;
export function dayOf(t: number): number {
  return Math.floor(t / SECONDS_PER_DAY) * SECONDS_PER_DAY;
}

/** "2026-10-25" for the day holding Unix second `t`. */
export function isoDay(t: number): string {
  return new Date(t * 1000).toISOString().slice(0, 10);
}
