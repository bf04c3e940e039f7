/**
 * One URL per state: a link whose parameters all read cleanly but are written differently from
 * the view's own serializer (another order, a default spelled out, an old key's alias) is sent,
 * with a 308, to the serializer's spelling, so shared caches (nginx, a CDN) keep one entry per
 * state instead of one per spelling.
 *
 * Never for a link the view reported on (an ignored parameter, a resolved contradiction, an
 * overlong link): that page must show its notice at the URL the reader opened. Never a loop:
 * the target is the serializer's output, which reads back to the same state and serializes to
 * itself (canonical.test.ts checks it on every view's sample links).
 */
import type { SearchParams } from "nuqs/server";

import type { ViewPage } from "./page";

type Report = Pick<ViewPage<unknown>, "ignored" | "problems" | "query">;

/** The link's parameters as decoded pairs, in order (a repeated key gives one pair per value). */
export function linkedPairs(searchParams: SearchParams): [string, string][] {
  return Object.entries(searchParams).flatMap(([key, value]): [string, string][] =>
    value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((v): [string, string] => [key, v]),
  );
}

/** The path and query to redirect to, or null when the link is canonical already or must stay as opened. */
export function canonicalTarget(path: string, searchParams: SearchParams, page: Report): string | null {
  if (page.ignored.length || page.problems.length) return null;
  const linked = linkedPairs(searchParams);
  const canonical = [...new URLSearchParams(page.query)];
  const same =
    linked.length === canonical.length && linked.every(([k, v], i) => canonical[i]?.[0] === k && canonical[i]?.[1] === v);
  return same ? null : `${path}${page.query}`;
}
