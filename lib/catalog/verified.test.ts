import { describe, expect, it } from "vitest";

import { fixtureEntry } from "./fixture.test-helpers";
import type { CatalogEntry } from "./types";
import { latestVerifiedOn } from "./verified";

function withSources(id: string, days: string[]): CatalogEntry {
  const entry = structuredClone(fixtureEntry(id));
  const page = Object.values(entry.sources)[0]!;
  entry.sources = Object.fromEntries(days.map((verifiedOn, i) => [`s${i}`, { ...page, verifiedOn }]));
  return entry;
}

describe("latestVerifiedOn", () => {
  it("is the newest verified-on day of any source of any model, wherever it is listed", () => {
    const first = withSources("alpha-mini", ["2026-11-20", "2026-11-24"]);
    const second = withSources("beta-lite", ["2026-11-22"]);
    expect(latestVerifiedOn([first, second])).toBe("2026-11-24");
    expect(latestVerifiedOn([second, first])).toBe("2026-11-24");
    expect(latestVerifiedOn([withSources("alpha-mini", ["2026-11-24", "2026-11-20"]), second])).toBe("2026-11-24");
  });

  it("is empty for an empty catalog", () => {
    expect(latestVerifiedOn([])).toBe("");
  });
});
