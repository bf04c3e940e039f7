/**
 * The change log's URL contract (/changes): which models (`m`, a comma list of IDs; an alias or
 * model ID includes its snapshots) and which kinds of change (`k`) to list. Both default to
 * everything. The page is server-rendered; its filters are plain links and a GET form, so this
 * module is the only writer of its links.
 *
 *   /changes?m=gpt-5.6-luna&k=price,release
 */
import { createLoader, createSerializer, type SearchParams } from "nuqs/server";

import { isChangeKind } from "@/lib/changes/kinds";

import { findIgnoredParams } from "./ignored";
import { echo, type LinkProblem } from "./link-guard";
import { isModelIdLike, parseAsCommaList } from "./parsers";

export const CHANGES_PATH = "/changes";

export const changesParsers = {
  /** An empty value (the form's "All models") is the default, not an unreadable one. */
  models: parseAsCommaList(isModelIdLike).withDefault([]),
  kinds: parseAsCommaList(isChangeKind).withDefault([]),
};

export const changesUrlKeys = { models: "m", kinds: "k" } as const;
export const CHANGES_KEYS = Object.values(changesUrlKeys);

export const loadChangesParams = createLoader(changesParsers, { urlKeys: changesUrlKeys });
export const serializeChanges = createSerializer(changesParsers, { urlKeys: changesUrlKeys });
export type ChangesState = Awaited<ReturnType<typeof loadChangesParams>>;

/** Every link to the change log (filters left empty mean everything). */
export function changesHref(state: Partial<ChangesState> = {}): string {
  return serializeChanges(CHANGES_PATH, state);
}

/** The same filters with one kind switched on or off (the kind chips). */
export function toggleKindHref(state: ChangesState, kind: ChangesState["kinds"][number]): string {
  const kinds = state.kinds.includes(kind) ? state.kinds.filter((k) => k !== kind) : [...state.kinds, kind];
  return changesHref({ ...state, kinds });
}

/** Parameters present but unreadable as a whole (a malformed ID list, an unknown kind). */
export function ignoredChangesParams(searchParams: SearchParams) {
  return findIgnoredParams(searchParams, changesParsers, changesUrlKeys);
}

/**
 * The model filter against the catalog: known IDs kept in the link's order, the rest named in a
 * problem so the page can say what it left out.
 */
export function resolveChangesModels(requested: readonly string[], known: ReadonlySet<string>) {
  const ids = requested.filter((id) => known.has(id));
  const unknown = requested.filter((id) => !known.has(id));
  const problems: LinkProblem[] = unknown.length
    ? [
        {
          key: changesUrlKeys.models,
          message: `Not in the catalog, left out: ${unknown.map((id) => `“${echo(id)}”`).join(", ")}.`,
        },
      ]
    : [];
  return { ids, problems };
}
