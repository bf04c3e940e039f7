import { describe, expect, it } from "vitest";

import { model } from "./fixtures.test-helpers";
import { checkedIds, pickerModels, setIncludeRetired, toggleModel, visibleModels } from "./selection";

const a = model("a");
const b = model("b", { status: "deprecated" });
const old = model("old", { status: "shutdown", callable: false });
const unknown = model("unk", { status: "unknown", callable: false });
const snap = model("b-2024", { kind: "snapshot", aliasId: "b" });
const oldSnap = model("b-2023", { kind: "snapshot", aliasId: "b", status: "shutdown", callable: false });
const all = [a, b, old, unknown, snap, oldSnap];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe("selection", () => {
  it("shows callable models by default (active and deprecated)", () => {
    expect(ids(visibleModels(all, { models: [], includeRetired: false }))).toEqual(["a", "b", "b-2024"]);
  });
  it("brings shut-down and unknown-status models back with the toggle", () => {
    expect(ids(visibleModels(all, { models: [], includeRetired: true }))).toEqual(["a", "b", "old", "unk", "b-2024", "b-2023"]);
  });
  it("narrows to chosen models; snapshot items follow their alias", () => {
    expect(ids(visibleModels(all, { models: ["b"], includeRetired: true }))).toEqual(["b", "b-2024", "b-2023"]);
    expect(ids(visibleModels(all, { models: ["old"], includeRetired: false }))).toEqual([]);
  });
  it("offers one entry per model in the chooser", () => {
    expect(ids(pickerModels(all, false))).toEqual(["a", "b"]);
    expect(checkedIds(all, { models: ["b"], includeRetired: false })).toEqual(["b"]);
  });
  it("toggles a model, and returns to the default when everything is checked", () => {
    const sel = { models: [], includeRetired: false };
    expect(toggleModel(all, sel, "a", false)).toEqual(["b"]);
    expect(toggleModel(all, { ...sel, models: ["b"] }, "a", true)).toBeNull();
  });
  it("refuses to uncheck the last model", () => {
    expect(toggleModel(all, { models: ["b"], includeRetired: false }, "b", false)).toEqual(["b"]);
  });
  it("adds the retired models to a narrowed selection when the toggle turns on, drops them when off", () => {
    expect(setIncludeRetired(all, { models: ["a"], includeRetired: false }, true)).toEqual({
      includeRetired: true,
      models: ["a", "old", "unk"],
    });
    expect(setIncludeRetired(all, { models: ["a", "old"], includeRetired: true }, false)).toEqual({
      includeRetired: false,
      models: ["a"],
    });
    expect(setIncludeRetired(all, { models: [], includeRetired: false }, true)).toEqual({ includeRetired: true, models: null });
  });
});
