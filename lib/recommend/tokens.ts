/**
 * Rough token ⇄ words ⇄ pages conversions for the wizard's context step. OpenAI's rule of thumb
 * for English is about 0.75 words per token (100 tokens ≈ 75 words); a page is taken as 500 words
 * (single-spaced prose). Code, tables and other languages use more tokens per word, so the
 * helper says "about" and the user can always type tokens directly.
 */
import { formatNumber } from "@/lib/format";
import { numberProblemHint, parseTypedNumber } from "@/lib/typed-number";

const WORDS_PER_TOKEN = 0.75;
const WORDS_PER_PAGE = 500;

export type SizeUnit = "tokens" | "words" | "pages";

export function toTokens(amount: number, unit: SizeUnit): number {
  if (!Number.isFinite(amount) || amount <= 0) return 0;
  const words = unit === "pages" ? amount * WORDS_PER_PAGE : amount;
  return unit === "tokens" ? Math.ceil(amount) : Math.ceil(words / WORDS_PER_TOKEN);
}

/** 8000 → "about 6,000 words, 12 pages" */
export function describeTokens(tokens: number): string {
  const words = tokens * WORDS_PER_TOKEN;
  const pages = words / WORDS_PER_PAGE;
  const shown = formatNumber(pages, pages < 10 ? 1 : 0);
  // The plural follows the number shown: 667 tokens are 1.0005 pages, shown "1", so "1 page".
  const pageText = pages < 1 ? "under a page" : `${shown} page${shown === "1" ? "" : "s"}`;
  return `about ${formatNumber(words, 0)} words, ${pageText}`;
}

/**
 * A typed whole count ("1,000,000", "1 000 000", "1.5M", "1.5e6") → its number; null for what is
 * not one (empty, negative, fractional, ambiguous like "1,5"): the caller says why with
 * countProblem. Absurdly large numbers come back as they are, for the caller's "At most …".
 */
export function parseCount(text: string): number | null {
  const r = parseTypedNumber(text);
  return r.ok && r.whole ? r.value : null;
}

/** Why a typed count is refused, for the field's inline message; null when it is a whole count. */
export function countProblem(text: string): string | null {
  const r = parseTypedNumber(text);
  if (r.ok) return r.whole ? null : "Use whole numbers only, e.g. 1500000, 1,500,000 or 1.5M.";
  return r.problem === "empty" ? "Enter a number." : numberProblemHint(r.problem, text);
}

/** Presets for the context step: common input sizes in tokens, with what they stand for. */
export const SIZE_PRESETS = [
  { label: "Chat message", tokens: 1_000 },
  { label: "10-page document", tokens: 7_000 },
  { label: "128K (the old limit)", tokens: 128_000 },
  { label: "300-page book", tokens: 200_000 },
  { label: "Large codebase", tokens: 800_000 },
] as const;
