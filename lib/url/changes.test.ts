import { describe, expect, it } from "vitest";

import {
  changesHref,
  ignoredChangesParams,
  loadChangesParams,
  resolveChangesModels,
  toggleKindHref,
  type ChangesState,
} from "./changes";

describe("the change log's URL contract", () => {
  it("reads models and kinds, each once; an empty value is the default (everything)", () => {
    expect(loadChangesParams({ m: "gpt-4o,gpt-4o", k: "price,release" })).toEqual({
      models: ["gpt-4o"],
      kinds: ["price", "release"],
    });
    expect(loadChangesParams({ m: "", k: "" })).toEqual({ models: [], kinds: [] });
    expect(ignoredChangesParams({ m: "" })).toEqual([]);
  });

  it("ignores an unknown kind or a malformed ID list as a whole, and says so", () => {
    expect(loadChangesParams({ k: "price,prices" }).kinds).toEqual([]);
    expect(ignoredChangesParams({ k: "price,prices", m: "GPT 4" })).toEqual([
      { key: "m", value: "GPT 4" },
      { key: "k", value: "price,prices" },
    ]);
  });

  it("writes short links, defaults left out", () => {
    expect(changesHref()).toBe("/changes");
    expect(changesHref({ models: ["gpt-5.6-luna"], kinds: ["price"] })).toBe("/changes?m=gpt-5.6-luna&k=price");
  });

  it("toggles one kind in or out, keeping the other filters", () => {
    const state: ChangesState = { models: ["o1-mini"], kinds: ["price"] };
    expect(toggleKindHref(state, "shutdown")).toBe("/changes?m=o1-mini&k=price,shutdown");
    expect(toggleKindHref(state, "price")).toBe("/changes?m=o1-mini");
  });

  it("keeps known models in the link's order and names the others", () => {
    expect(resolveChangesModels(["b", "zz", "a"], new Set(["a", "b"]))).toEqual({
      ids: ["b", "a"],
      problems: [{ key: "m", message: "Not in the catalog, left out: “zz”." }],
    });
    expect(resolveChangesModels([], new Set(["a"]))).toEqual({ ids: [], problems: [] });
  });
});
