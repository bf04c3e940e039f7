/**
 * Parser pieces every view's URL contract shares, so a model ID, a flag or a count reads the
 * same in every link: strict booleans, comma lists, model IDs and their limits, whole numbers
 * in a range, and how often a control may write the URL. Client-safe (nuqs only): the views'
 * client hooks import these through their URL modules.
 *
 * Every parser returns null for what it cannot read, so nuqs falls back to the default and the
 * page names the parameter in its notice.
 */
import { createParser, debounce, throttle } from "nuqs/server";

/** Slider drags write the URL this often: often enough to share mid-drag, rarely enough not to stutter. */
const SLIDER_URL_THROTTLE_MS = 200;
/** Typing a number the browser alone uses (the migration planner's workload). */
export const TYPING_URL_THROTTLE_MS = 300;
/** Typing a number the server re-renders for (compare's workload): each write prices the table again. */
export const SERVER_TYPING_URL_THROTTLE_MS = 400;
/** The catalog's search box writes the URL once typing pauses. */
const SEARCH_URL_DEBOUNCE_MS = 250;

export const sliderUrlUpdates = { limitUrlUpdates: throttle(SLIDER_URL_THROTTLE_MS) };
export const searchUrlUpdates = { limitUrlUpdates: debounce(SEARCH_URL_DEBOUNCE_MS) };

/** Longer than any model ID (the longest dated snapshot has 30 characters). */
export const MAX_MODEL_ID_LENGTH = 64;
/** Items in one list of a link: above the catalog's size, so only a mangled link reaches it. */
export const MAX_LIST_ITEMS = 40;
/** More digits than any limit needs; Number reads up to 16 digits without losing a unit. */
const MAX_DIGITS = 16;

/** Lowercase letters, digits, dots and dashes, starting with a letter or digit: the shape of every model ID. */
export function isModelIdLike(s: string): s is string {
  return s.length <= MAX_MODEL_ID_LENGTH && /^[a-z0-9][a-z0-9.-]*$/.test(s);
}

/** "1"/"true" and "0"/"false"; anything else is unreadable (nuqs' own boolean reads it as false). */
export const parseAsStrictBoolean = createParser<boolean>({
  parse: (v) => (v === "1" || v === "true" ? true : v === "0" || v === "false" ? false : null),
  serialize: (b) => (b ? "1" : "0"),
});

/** A whole number in [min, max], digits only: "1e6", "12abc", "-5" and "1.5" are unreadable. */
export function parseAsWholeNumber(min: number, max: number) {
  const digits = new RegExp(`^\\d{1,${MAX_DIGITS}}$`);
  return createParser<number>({
    parse(value) {
      if (!digits.test(value)) return null;
      const n = Number(value);
      return n >= min && n <= max ? n : null;
    },
    serialize: (n) => String(n),
  });
}

export const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A comma list whose every item is valid, each kept once; one bad item rejects the whole list
 * (and the notice names it). `minItems: 1` makes an empty value unreadable too.
 */
export function parseAsCommaList<T extends string>(isValid: (s: string) => s is T, { minItems = 0 }: { minItems?: 0 | 1 } = {}) {
  return createParser<T[]>({
    parse(value) {
      const items = value.split(",").filter(Boolean);
      if (items.length < minItems || items.length > MAX_LIST_ITEMS || !items.every(isValid)) return null;
      return [...new Set(items)];
    },
    serialize: (items) => items.join(","),
    eq: sameList,
  });
}

/** One model ID (the page checks it against the catalog). */
export const parseAsModelId = createParser<string>({
  parse: (v) => (isModelIdLike(v) ? v : null),
  serialize: (v) => v,
});

/** A non-empty comma list of model IDs (the page checks each against the catalog). */
export const parseAsModelIdList = parseAsCommaList(isModelIdLike, { minItems: 1 });
