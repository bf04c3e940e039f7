import { describe, expect, it } from "vitest";

import { MAX_WARNINGS, Warnings } from "./file-read";

describe("Warnings", () => {
  it("lists the first few and counts the rest", () => {
    const w = new Warnings();
    for (let i = 0; i < MAX_WARNINGS + 1_234; i++) w.add(`w${i}`);
    const list = w.done();
    expect(list).toHaveLength(MAX_WARNINGS + 1);
    expect(list.at(-1)).toBe("… and 1,234 more like these.");
    expect(new Warnings().done()).toEqual([]);
  });
});
