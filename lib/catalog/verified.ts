import type { CatalogEntry } from "./types";

/** The most recent verified-on date of any source in the catalog (shown in the footer). */
export function latestVerifiedOn(entries: CatalogEntry[]): string {
  let latest = "";
  for (const e of entries) for (const s of Object.values(e.sources)) if (s.verifiedOn > latest) latest = s.verifiedOn;
  return latest;
}
