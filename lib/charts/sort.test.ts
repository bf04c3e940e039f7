import { describe, expect, it } from "vitest";

import { compareValues, nextSort, sortRows } from "./sort";

const rows = [
  { id: "b", v: 2 as number | null },
  { id: "a", v: null },
  { id: "c", v: 10 },
  { id: "d", v: 2 },
];
const cols = [
  { id: "id", sortValue: (r: (typeof rows)[number]) => r.id },
  { id: "v", sortValue: (r: (typeof rows)[number]) => r.v },
];

describe("sortRows", () => {
  it("sorts numbers numerically, stably, with missing values last both ways", () => {
    expect(sortRows(rows, cols, { id: "v", desc: false }).map((r) => r.id)).toEqual(["b", "d", "c", "a"]);
    expect(sortRows(rows, cols, { id: "v", desc: true }).map((r) => r.id)).toEqual(["c", "b", "d", "a"]);
  });
  it("keeps chart order without a sort or with an unknown column", () => {
    expect(sortRows(rows, cols, null).map((r) => r.id)).toEqual(["b", "a", "c", "d"]);
    expect(sortRows(rows, cols, { id: "zzz", desc: false }).map((r) => r.id)).toEqual(["b", "a", "c", "d"]);
  });
  it("compares strings in English order", () => {
    expect(compareValues("gpt-4o", "gpt-4.1", false)).toBeGreaterThan(0);
  });
});

describe("nextSort", () => {
  it("cycles numbers descending → ascending → chart order", () => {
    const s1 = nextSort(null, "v", true);
    expect(s1).toEqual({ id: "v", desc: true });
    const s2 = nextSort(s1, "v", true);
    expect(s2).toEqual({ id: "v", desc: false });
    expect(nextSort(s2, "v", true)).toBeNull();
  });
  it("cycles text ascending first, and restarts on another column", () => {
    expect(nextSort(null, "id", false)).toEqual({ id: "id", desc: false });
    expect(nextSort({ id: "v", desc: true }, "id", false)).toEqual({ id: "id", desc: false });
  });
});
