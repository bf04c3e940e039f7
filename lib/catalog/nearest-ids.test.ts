import { describe, expect, it } from "vitest";

import { fixtureCatalog } from "./fixture.test-helpers";
import { editDistance, MAX_SUGGESTIONS, nearestIds } from "./nearest-ids";

// alpha-mini, alpha-nano(-2026-03-01), beta-lite(-2026-06-01), delta-nano, gamma-mini(-2025-04-14),
// gamma-nano(-2025-04-14), omega, omega-2024-05-13, omega-2024-08-06, zeta-old
const ids = fixtureCatalog.map((e) => e.id);

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and neighbour swaps as one slip each", () => {
    expect(editDistance("gamma-mini", "gamma-mini")).toBe(0);
    expect(editDistance("gama-mini", "gamma-mini")).toBe(1); // a missing m
    expect(editDistance("gamma-mimi", "gamma-mini")).toBe(1); // n typed as m
    expect(editDistance("gamma-mnii", "gamma-mini")).toBe(1); // i and n swapped
    expect(editDistance("", "omega")).toBe(5);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});

describe("nearestIds", () => {
  it("puts the ID one slip away first", () => {
    // gama-mini: 9 characters, 2 slips allowed. gamma-mini is 1 away (a missing m); gamma-nano
    // 4 (the m, then mini → nano: m→n, i→a, i→o); alpha-mini 4 (gama → alpha: g→a, a→l, m→p, +h).
    expect(nearestIds("gama-mini", ids)).toEqual(["gamma-mini"]);
    expect(nearestIds("GAMA-MINI", ids)).toEqual(["gamma-mini"]);
  });

  it("offers the IDs a short query starts, nearest first", () => {
    // "omega" itself is excluded (distance 0 means it exists); its snapshots extend "omega-".
    expect(nearestIds("omega-", ids)).toEqual(["omega", "omega-2024-05-13", "omega-2024-08-06"]);
    // alpha-mini and alpha-nano are each 5 insertions from "alpha", beyond one slip, but extend it;
    // the snapshot extends it too and is further (16). At most MAX_SUGGESTIONS.
    expect(nearestIds("alpha", ids)).toEqual(["alpha-mini", "alpha-nano", "alpha-nano-2026-03-01"]);
    expect(nearestIds("alpha", ids)).toHaveLength(MAX_SUGGESTIONS);
  });

  it("names the alias of a snapshot date that does not exist, and the nearest real snapshot", () => {
    // omega-2024-05-14: 1 slip from omega-2024-05-13, 3 from omega-2024-08-06 (5→8, 1→0, 4→6),
    // and it extends omega (11 characters further).
    expect(nearestIds("omega-2024-05-14", ids)).toEqual(["omega-2024-05-13", "omega-2024-08-06", "omega"]);
  });

  it("suggests nothing for an ID unlike any, or for an empty one", () => {
    expect(nearestIds("zzzzzzzz", ids)).toEqual([]);
    expect(nearestIds("  ", ids)).toEqual([]);
  });

  it("keeps to the limit and stays quick on a very long query", () => {
    expect(nearestIds("gamma", ids, 1)).toEqual(["gamma-mini"]);
    // Only the first 80 characters are compared: they still start with gamma-mini.
    expect(nearestIds(`gamma-mini${"x".repeat(50_000)}`, ids)).toEqual(["gamma-mini"]);
  });
});
