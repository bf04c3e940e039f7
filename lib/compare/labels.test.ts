import { describe, expect, it } from "vitest";
import { ctx, entries } from "./fixtures.test-helpers";
import { visibleRows } from "./labels";
import { buildCompareTable } from "./table";

describe("visibleRows", () => {
  const t = buildCompareTable(entries("gpt-5.4-mini", "gpt-5.4-nano"), ctx);
  it("filters to differing rows when asked", () => {
    const diff = visibleRows(t.rows, true);
    expect(diff.length).toBeGreaterThan(0);
    expect(diff.length).toBeLessThan(t.rows.length);
    expect(diff.every((r) => r.differs)).toBe(true);
    expect(diff.some((r) => r.key === "family")).toBe(false); // both GPT-5.4
    expect(visibleRows(t.rows, false)).toHaveLength(t.rows.length);
  });
});
