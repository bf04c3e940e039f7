import { describe, expect, it } from "vitest";

import { fixtureCatalog } from "./fixture.test-helpers";
import { editDistance, nearestIds } from "./nearest-ids";

describe("editDistance, slip by slip", () => {
  it("counts a swap of two neighbours as one slip, and only of neighbours", () => {
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("abcd", "acbd")).toBe(1);
    // Not a swap: a substitution and an insertion.
    expect(editDistance("ab", "bc")).toBe(2);
    // Optimal string alignment: a swapped pair is not edited again ("ca" → "ac" → "abc" would be 2).
    expect(editDistance("ca", "abc")).toBe(3);
    expect(editDistance("abc", "bca")).toBe(2);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("", "")).toBe(0);
  });
});

describe("nearestIds, at each limit", () => {
  it("never suggests the ID asked for, only the ones that extend it", () => {
    const ids = fixtureCatalog.map((e) => e.id);
    expect(nearestIds("gamma-mini", ids)).toEqual(["gamma-mini-2025-04-14"]);
  });

  it("allows exactly one slip per four characters typed", () => {
    const ids = fixtureCatalog.map((e) => e.id);
    // gama-mimi (9 characters, 2 slips allowed) is 2 from gamma-mini: a missing m, n typed as m.
    expect(nearestIds("gama-mimi", ids)).toEqual(["gamma-mini"]);
    // gama-mimo is 3 from it: too far.
    expect(nearestIds("gama-mimo", ids)).toEqual([]);
  });

  it("ignores spaces around the query", () => {
    expect(
      nearestIds(
        "  gama-mini  ",
        fixtureCatalog.map((e) => e.id),
      ),
    ).toEqual(["gamma-mini"]);
  });

  it("among IDs as many slips away, puts first the one sharing the longer start", () => {
    // "bc": "ac" and "bd" are one slip each; "bd" shares "b".
    expect(nearestIds("bc", ["ac", "bd"])).toEqual(["bd", "ac"]);
    expect(nearestIds("bc", ["bd", "ac"])).toEqual(["bd", "ac"]);
    // Same start: by ID.
    expect(nearestIds("bc", ["bx", "be"])).toEqual(["be", "bx"]);
  });

  it("compares only the first 80 characters of a long query", () => {
    const long = "a".repeat(100);
    // The first 80 characters are a's: the ID extends them. The whole query (480 characters) would be 400 slips away.
    expect(nearestIds(`${"a".repeat(80)}${"b".repeat(400)}`, [long])).toEqual([long]);
  });
});
