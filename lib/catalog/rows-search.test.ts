import { describe, expect, it } from "vitest";

import { fixtureCatalog, fixtureEntry, NO_FILTERS, FIXTURE_TODAY as TODAY } from "./fixture.test-helpers";
import { filterAndGroup, toCatalogRow } from "./rows";

const none = NO_FILTERS;

describe("the catalog search over a model's other names", () => {
  it("matches each other name as a word of its own, not two run together", () => {
    const ids = new Set(fixtureCatalog.map((e) => e.id));
    const row = {
      ...toCatalogRow(fixtureEntry("alpha-mini"), TODAY, ids),
      aka: [
        { term: "swift", label: "Swift" },
        { term: "turbo", label: "Turbo" },
      ],
    };
    expect(filterAndGroup([row], { ...none, q: "swift turbo" }).map((r) => r.id)).toEqual(["alpha-mini"]);
    expect(filterAndGroup([row], { ...none, q: "swiftturbo" })).toEqual([]);
  });
});
