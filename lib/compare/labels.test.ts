import { describe, expect, it } from "vitest";

import { ctx, entries } from "./fixtures.test-helpers";
import { visibleRows } from "./labels";
import { buildCompareTable } from "./table";

describe("visibleRows", () => {
  const t = buildCompareTable(entries("alpha-mini", "alpha-nano"), ctx);
  it("filters to differing rows when asked", () => {
    const diff = visibleRows(t.rows, true);
    expect(diff.length).toBeGreaterThan(0);
    expect(diff.length).toBeLessThan(t.rows.length);
    expect(diff.every((r) => r.differs)).toBe(true);
    expect(diff.some((r) => r.key === "family")).toBe(false); // both Alpha
    expect(visibleRows(t.rows, false)).toHaveLength(t.rows.length);
  });
});
