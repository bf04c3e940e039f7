/**
 * The catalog view's URL contract: parsers (shared by the server loader and the client hook),
 * short URL keys, the loader, the serializer and the list of ignored parameters.
 * Unreadable values parse to null, so nuqs falls back to the default.
 */
import { createParser, createSerializer, parseAsBoolean, parseAsStringLiteral, type SearchParams } from "nuqs/server";

import { findIgnoredParams } from "./ignored";
import type { LinkContract } from "./page";
import { isModelIdLike, parseAsCommaList, searchUrlUpdates } from "./parsers";
import { createRenamingLoader, keysOfLink, linkKeys } from "./renamed-keys";

export const CATALOG_COLUMNS = [
  "model",
  "family",
  "status",
  "input",
  "cached",
  "output",
  "context",
  "maxOutput",
  "image",
  "reasoning",
  "mmlu",
  "gpqa",
  "speed",
  "released",
  "cutoff",
] as const;
export type CatalogColumn = (typeof CATALOG_COLUMNS)[number];

/** Columns that are always shown (the row's identity). */
export const FIXED_COLUMNS: readonly CatalogColumn[] = ["model"];
export const DEFAULT_VISIBLE: readonly CatalogColumn[] = [
  "model",
  "status",
  "input",
  "output",
  "context",
  "maxOutput",
  "image",
  "reasoning",
  "mmlu",
  "speed",
];

export const STATUSES = ["active", "deprecated", "shutdown", "unknown"] as const;
export const TRI_STATE = ["any", "yes", "no"] as const;
/** Choices of the minimum-context filter, in tokens. */
export const MIN_CONTEXT_CHOICES = [0, 128_000, 200_000, 400_000, 1_000_000] as const;

/**
 * Rows the table renders before "Show all". Far above today's catalog (30 IDs); past a few
 * hundred rows the browser's table layout, not the sort, dominates an interaction
 * (docs/benchmarks.md: 2,000 rendered rows took over a second to re-sort).
 */
export const CATALOG_ROW_LIMIT = 50;

const MAX_QUERY_LENGTH = 100;
const MAX_FAMILY_LENGTH = 64;

export type SortItem = { id: CatalogColumn; desc: boolean };

/** "input,-context" ⇄ [{id:"input",desc:false},{id:"context",desc:true}]; unknown columns → null. */
export const parseAsSort = createParser<SortItem[]>({
  parse(value) {
    const items = value.split(",").filter(Boolean);
    if (!items.length || items.length > CATALOG_COLUMNS.length) return null;
    const out: SortItem[] = [];
    for (const item of items) {
      const desc = item.startsWith("-");
      const id = (desc ? item.slice(1) : item) as CatalogColumn;
      if (!CATALOG_COLUMNS.includes(id) || out.some((s) => s.id === id)) return null;
      out.push({ id, desc });
    }
    return out;
  },
  serialize: (items) => items.map((s) => `${s.desc ? "-" : ""}${s.id}`).join(","),
  eq: (a, b) => a.length === b.length && a.every((s, i) => s.id === b[i]?.id && s.desc === b[i]?.desc),
});

const parseAsMinContext = createParser<number>({
  parse(value) {
    const n = Number(value);
    return (MIN_CONTEXT_CHOICES as readonly number[]).includes(n) ? n : null;
  },
  serialize: (n) => String(n),
});

const parseAsQuery = createParser<string>({
  parse: (value) => (value.length <= MAX_QUERY_LENGTH ? value : null),
  serialize: (v) => v,
});

const isColumn = (s: string): s is CatalogColumn => (CATALOG_COLUMNS as readonly string[]).includes(s);
const isStatus = (s: string): s is (typeof STATUSES)[number] => (STATUSES as readonly string[]).includes(s);
const isFamilyLike = (s: string): s is string => s.length <= MAX_FAMILY_LENGTH && /^[\w .()/-]+$/.test(s);

export const catalogParsers = {
  q: parseAsQuery.withDefault("").withOptions(searchUrlUpdates),
  sort: parseAsSort.withDefault([]),
  families: parseAsCommaList(isFamilyLike).withDefault([]),
  statuses: parseAsCommaList(isStatus).withDefault([]),
  /** nuqs' own boolean ("true"; anything else reads as false): catalog links have always written `live=true`. */
  hideShutdown: parseAsBoolean.withDefault(false),
  reasoning: parseAsStringLiteral(TRI_STATE).withDefault("any"),
  image: parseAsStringLiteral(TRI_STATE).withDefault("any"),
  minContext: parseAsMinContext.withDefault(0),
  columns: parseAsCommaList(isColumn).withDefault([...DEFAULT_VISIBLE]),
  selected: parseAsCommaList(isModelIdLike).withDefault([]),
  expanded: parseAsCommaList(isModelIdLike).withDefault([]),
  /** Render every row instead of the first CATALOG_ROW_LIMIT (the sort always covers all). */
  showAll: parseAsBoolean.withDefault(false),
  /**
   * One list instead of the default groups by lifecycle standing (callable, retiring within 90
   * days, shut down): the groups lead with what you can use and stay the first sort key under
   * any column sort, until this is on.
   */
  flat: parseAsBoolean.withDefault(false),
};

export const catalogUrlKeys = {
  q: "q",
  sort: "sort",
  families: "fam",
  statuses: "st",
  hideShutdown: "live",
  /** The reasoning filter. Was `rsn`, which is reasoning tokens a day in the calculator and the planner. */
  reasoning: "rf",
  image: "img",
  minContext: "ctx",
  columns: "cols",
  selected: "sel",
  expanded: "open",
  showAll: "all",
  flat: "flat",
} as const;

/** Keys renamed since links were first shared, by their old names: still read, never written. */
export const catalogOldKeys = { reasoning: "rsn" } as const;
/** Every key a catalog link may carry (repeats of any of them are noticed). */
export const CATALOG_LINK_KEYS = linkKeys(catalogUrlKeys, catalogOldKeys);

/** The link's state, renamed keys read under their old names too. */
export const loadCatalogParams = createRenamingLoader(catalogParsers, catalogUrlKeys, catalogOldKeys);
export const serializeCatalog = createSerializer(catalogParsers, { urlKeys: catalogUrlKeys });
export type CatalogState = ReturnType<typeof loadCatalogParams>;

export const CATALOG_PATH = "/";

/** The canonical link to a catalog state (defaults left out). */
export function catalogHref(state: Partial<CatalogState>): string {
  return serializeCatalog(CATALOG_PATH, state);
}

/**
 * Parameters present but unreadable: bad syntax, or IDs/families the catalog does not know.
 * `known` lets the page reject values that parse but name nothing.
 */
export function ignoredCatalogParams(
  searchParams: SearchParams,
  known: { ids: ReadonlySet<string>; families: ReadonlySet<string> },
) {
  const allKnown = (set: ReadonlySet<string>) => (parsed: unknown) => Array.isArray(parsed) && parsed.every((x) => set.has(x));
  return findIgnoredParams(searchParams, catalogParsers, keysOfLink(catalogUrlKeys, catalogOldKeys, searchParams), {
    families: allKnown(known.families),
    selected: allKnown(known.ids),
    expanded: allKnown(known.ids),
  });
}

/** Drops values the catalog does not know (the server notices them; the table must not use them). */
export function sanitizeCatalogState(
  state: CatalogState,
  known: { ids: ReadonlySet<string>; families: ReadonlySet<string> },
): CatalogState {
  const allOk = (xs: string[], set: ReadonlySet<string>) => xs.every((x) => set.has(x));
  return {
    ...state,
    families: allOk(state.families, known.families) ? state.families : [],
    selected: allOk(state.selected, known.ids) ? state.selected : [],
    expanded: allOk(state.expanded, known.ids) ? state.expanded : [],
    columns: state.columns.length ? state.columns : [...DEFAULT_VISIBLE],
  };
}

/** How the page loader reads a catalog link (lib/url/catalog-page.ts). */
export const catalogLink: LinkContract<CatalogState, { ids: ReadonlySet<string>; families: ReadonlySet<string> }> = {
  keys: CATALOG_LINK_KEYS,
  load: loadCatalogParams,
  sanitize: sanitizeCatalogState,
  ignored: ignoredCatalogParams,
  serialize: serializeCatalog,
};
