/**
 * Reads a number a person typed into a field: "1500000", "1,500,000", "1 500 000", "1.5M",
 * "1.5k", "1.5e6". Text that could mean two different numbers is refused rather than guessed:
 * "1,5" (a decimal comma, or a thousands separator missing digits?) and "1.000" (one, or a
 * thousand written with a point as the separator?). A refusal names its reason so the field can
 * say how to write the number; nothing is ever reinterpreted silently.
 */

export type NumberProblem =
  /** Nothing but spaces. */
  | "empty"
  /** Starts with a minus sign. */
  | "negative"
  /** A comma that does not group thousands ("1,5", "0,25", "1,50"): maybe a decimal comma. */
  | "comma"
  /** A point followed by exactly three digits ("1.000", "2.500"): maybe a thousands separator. */
  | "point"
  /** Anything else that is not a number ("12abc", "1..5", "k"). */
  | "invalid";

export type TypedNumber = { ok: true; value: number; whole: boolean } | { ok: false; problem: NumberProblem };

/** Powers of ten of the suffixes people use for counts: thousand, million, billion, trillion. */
const SUFFIX_EXPONENT: Record<string, number> = { k: 3, m: 6, b: 9, t: 12 };

/**
 * The whole grammar. The integer part is plain digits or thousands grouped by one kind of
 * separator used throughout (comma, space or underscore). Then an optional decimal point, then
 * either a K/M/B/T suffix or an exponent, never both; a digit comes first (".5" is fine, "k" is not). Groups are fixed at three digits, so the
 * expression cannot backtrack badly on long input.
 */
const NUMBER =
  /^(?=\.?\d)(?<int>\d+|\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d{1,3}(?:_\d{3})+)?(?:\.(?<frac>\d*))?(?: ?(?<suffix>[kmbt])|e(?<exp>[+-]?\d{1,4}))?$/;

/** Separators a thousands group may be written with; all count as a plain space. */
const SPACES = /[\s\u00a0\u202f\u2009]+/g;

/** "1.000", "25.500": a point that a reader of another locale would take for a thousands separator. */
const POINT_AS_GROUP = /^[1-9]\d{0,2}$/;

export function parseTypedNumber(text: string): TypedNumber {
  const t = text.replace(SPACES, " ").trim().toLowerCase();
  if (t === "") return { ok: false, problem: "empty" };
  if (/^[-\u2212]/.test(t)) return { ok: false, problem: "negative" };
  const m = NUMBER.exec(t);
  if (!m?.groups) return { ok: false, problem: misplacedComma(t) ? "comma" : "invalid" };
  const { int = "", frac, suffix, exp } = m.groups;
  if (frac?.length === 3 && !suffix && exp === undefined && POINT_AS_GROUP.test(int)) return { ok: false, problem: "point" };

  const digits = int.replace(/\D/g, "") || "0";
  const fraction = frac ?? "";
  const exponent = (exp === undefined ? 0 : Number(exp)) + (suffix ? SUFFIX_EXPONENT[suffix]! : 0);
  // A decimal literal is rounded correctly by Number(), so "1.1e6" is exactly 1100000, where
  // 1.1 * 1e6 is not. Exponents beyond the double range give Infinity, which callers cap.
  const value = Number(`${digits}.${fraction || "0"}e${exponent}`);
  return { ok: true, value, whole: isWhole(digits, fraction, exponent) };
}

/** A number but for its commas: "1,5" (read as 15 or 1.5), "1,50,000", "0,25". */
function misplacedComma(t: string): boolean {
  return t.includes(",") && (NUMBER.test(t.replace(/,/g, "")) || NUMBER.test(t.replace(",", ".")));
}

/** Whether digits.fraction × 10^exponent is a whole number, decided on the digits, not the double. */
function isWhole(digits: string, fraction: string, exponent: number): boolean {
  const significant = (digits + fraction).replace(/0+$/, "");
  if (/^0*$/.test(significant)) return true;
  const trailingZeros = digits.length + fraction.length - significant.length;
  return exponent - fraction.length + trailingZeros >= 0;
}

/** How to write the number instead, for a field's inline message. */
export function numberProblemHint(problem: Exclude<NumberProblem, "empty">, typed: string, what = "a number"): string {
  const shown = `“${typed.trim().slice(0, 20)}”`;
  switch (problem) {
    case "negative":
      return "It cannot be negative.";
    case "comma":
      return `${shown} is ambiguous: a comma only separates thousands (1,500,000); write a decimal with a point (1.5M).`;
    case "point":
      return `${shown} is ambiguous: write 1000, 1,000 or 1K for a thousand, and 1 for one.`;
    case "invalid":
      return `${shown} is not ${what}: try 1500000, 1,500,000, 1.5M or 1.5e6.`;
  }
}
