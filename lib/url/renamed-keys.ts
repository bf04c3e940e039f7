/**
 * Keys a view has renamed. A link made before the rename keeps working: when it carries the old
 * key and not the new one, the view reads the old key's value, with no notice (the link was
 * right when it was made). Serializers write only the new key.
 *
 * Renamed so far, each because the key meant something else in another view (one key, one
 * meaning across views: lib/url/url-keys.test.ts):
 * - migrate `req` → `tpr` (tokens per request; `req` is the calculator's requests per day);
 * - catalog `rsn` → `rf` (the reasoning filter; `rsn` is reasoning tokens a day elsewhere);
 * - wizard `q` → `prompt` (sample prompts; `q` is the catalog's search).
 */
import { createLoader, type inferParserType, type ParserMap, type SearchParams, type UrlKeys } from "nuqs/server";

/** What a loader is given: the page's search params, or a query string (with or without "?", or a whole URL). */
type LinkInput = SearchParams | URLSearchParams | string;

/** The input as the record pages receive: one string per key, or an array for a repeated key. */
export function toSearchParams(input: LinkInput): SearchParams {
  if (typeof input !== "string" && !(input instanceof URLSearchParams)) return input;
  const params = typeof input === "string" ? new URLSearchParams(URL.canParse(input) ? new URL(input).search : input) : input;
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** The view's keys as this link uses them: a renamed key is read under its old name when only that one is present. */
export function keysOfLink<K extends string>(
  urlKeys: Record<K, string>,
  oldNames: Partial<Record<K, string>>,
  searchParams: SearchParams,
): Record<K, string> {
  const keys = { ...urlKeys };
  for (const [name, old] of Object.entries(oldNames) as [K, string][]) {
    if (searchParams[urlKeys[name]] === undefined && searchParams[old] !== undefined) keys[name] = old;
  }
  return keys;
}

/** Every key a link of the view may carry: its keys and the old names of renamed ones (a repeat of any is noticed). */
export function linkKeys(urlKeys: Record<string, string>, oldNames: Record<string, string>): string[] {
  return [...Object.values(urlKeys), ...Object.values(oldNames)];
}

/** A view's loader that reads renamed keys under their old names too (keysOfLink), from any LinkInput. */
export function createRenamingLoader<P extends ParserMap>(
  parsers: P,
  urlKeys: Record<keyof P & string, string>,
  oldNames: Partial<Record<keyof P & string, string>>,
): (input: LinkInput) => inferParserType<P> {
  return (input) => {
    const searchParams = toSearchParams(input);
    // Every key of P is a string here (parser maps are object literals), which TypeScript cannot see.
    const keys = keysOfLink(urlKeys, oldNames, searchParams) as UrlKeys<P>;
    return createLoader(parsers, { urlKeys: keys })(searchParams);
  };
}
