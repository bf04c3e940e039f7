/**
 * Finds URL parameters a view could not read, so the page can say which ones it ignored
 * (they fall back to their defaults). Works with any nuqs parser map + urlKeys.
 */
import type { SearchParams } from "nuqs/server";

import { echo } from "./link-guard";

type AnyParser = { parse: (value: string) => unknown };

export type IgnoredParam = { key: string; value: string };

function firstValue(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export function findIgnoredParams(
  searchParams: SearchParams,
  parsers: Record<string, AnyParser>,
  urlKeys: Record<string, string>,
  /** Extra per-key validation after parsing (e.g. IDs that must exist in the catalog). */
  validate: Record<string, (parsed: unknown, raw: string) => boolean> = {},
): IgnoredParam[] {
  const ignored: IgnoredParam[] = [];
  for (const [name, parser] of Object.entries(parsers)) {
    const key = urlKeys[name] ?? name;
    const raw = firstValue(searchParams[key]);
    if (raw === undefined) continue;
    let parsed: unknown = null;
    try {
      parsed = parser.parse(raw);
    } catch {
      parsed = null;
    }
    const ok = parsed !== null && (validate[name]?.(parsed, raw) ?? true);
    if (!ok) ignored.push({ key, value: echo(raw) });
  }
  return ignored;
}
