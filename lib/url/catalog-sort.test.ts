import { describe, expect, it } from "vitest";

import { CATALOG_COLUMNS, catalogParsers, parseAsSort } from "./catalog";

describe("the catalog's sort and search parsers, edge by edge", () => {
  it("compares sort lists item by item: same columns and directions in the same order", () => {
    const eq = parseAsSort.eq!;
    expect(eq([{ id: "input", desc: false }], [{ id: "input", desc: false }])).toBe(true);
    expect(eq([{ id: "input", desc: false }], [{ id: "input", desc: true }])).toBe(false);
    expect(eq([{ id: "input", desc: false }], [{ id: "output", desc: false }])).toBe(false);
    expect(eq([{ id: "input", desc: false }], [])).toBe(false);
    expect(eq([], [{ id: "input", desc: false }])).toBe(false);
    expect(
      eq(
        [
          { id: "input", desc: false },
          { id: "context", desc: true },
        ],
        [
          { id: "context", desc: true },
          { id: "input", desc: false },
        ],
      ),
    ).toBe(false);
  });

  it("reads up to one item per column, skipping empty items; no items or a repeat is unreadable", () => {
    const all = CATALOG_COLUMNS.join(",");
    expect(parseAsSort.parse(all)).toHaveLength(CATALOG_COLUMNS.length);
    expect(parseAsSort.parse(`${all},model`)).toBeNull();
    expect(parseAsSort.parse("input,,-context,")).toEqual([
      { id: "input", desc: false },
      { id: "context", desc: true },
    ]);
    expect(parseAsSort.parse(",")).toBeNull();
    expect(parseAsSort.parse("")).toBeNull();
  });

  it("reads a search of up to 100 characters, and a family name of up to 64 made of its own characters", () => {
    expect(catalogParsers.q.parse("x".repeat(100))).toBe("x".repeat(100));
    expect(catalogParsers.q.parse("x".repeat(101))).toBeNull();
    expect(catalogParsers.families.parse("GPT-4o (mini),o-series/1.0")).toEqual(["GPT-4o (mini)", "o-series/1.0"]);
    expect(catalogParsers.families.parse("a".repeat(64))).toEqual(["a".repeat(64)]);
    expect(catalogParsers.families.parse("a".repeat(65))).toBeNull();
    expect(catalogParsers.families.parse("gpt<script>")).toBeNull();
    expect(catalogParsers.families.parse("<gpt")).toBeNull();
    expect(catalogParsers.families.parse("gpt>")).toBeNull();
  });
});
