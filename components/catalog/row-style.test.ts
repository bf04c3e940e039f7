import { describe, expect, it } from "vitest";

import { dataCellClass, MODEL_CELL_CLASS, ROW_BACKGROUND, rowTone, type RowTone } from "./row-style";

describe("rowTone", () => {
  it("lets selection win over every other state", () => {
    expect(rowTone({ status: "shutdown", isSnapshot: true, isSelected: true })).toBe("selected");
  });
  it("dims shut-down rows, snapshot or not", () => {
    expect(rowTone({ status: "shutdown", isSnapshot: false, isSelected: false })).toBe("dimmed");
    expect(rowTone({ status: "shutdown", isSnapshot: true, isSelected: false })).toBe("dimmed");
  });
  it("tints callable snapshots and leaves other rows plain", () => {
    expect(rowTone({ status: "active", isSnapshot: true, isSelected: false })).toBe("snapshot");
    expect(rowTone({ status: "deprecated", isSnapshot: false, isSelected: false })).toBe("plain");
  });
});

describe("ROW_BACKGROUND", () => {
  // The sticky Model ID cell inherits the row's background: a row without one (the bug) or with
  // a translucent one let the cells scrolling under it draw over the model names.
  const tones: RowTone[] = ["plain", "dimmed", "snapshot", "selected"];
  it.each(tones)("gives the %s row one opaque surface token", (tone) => {
    const backgrounds = ROW_BACKGROUND[tone].split(" ").filter((c) => /^bg-/.test(c));
    expect(backgrounds).toHaveLength(1);
    expect(backgrounds[0]).toMatch(/^bg-(surface|surface-muted|accent-soft)$/);
  });
  it("keeps hover off selected rows, so selection stays visible", () => {
    expect(ROW_BACKGROUND.selected).not.toContain("hover:");
    expect(ROW_BACKGROUND.plain).toContain("hover:bg-surface-hover");
  });
  it("makes the sticky cell paint the row's background", () => {
    expect(MODEL_CELL_CLASS.split(" ")).toEqual(expect.arrayContaining(["sticky", "left-0", "bg-inherit"]));
  });
});

describe("dataCellClass", () => {
  it("labels a cell from data-label in a card", () => {
    expect(dataCellClass("input")).toContain("max-sm:before:content-[attr(data-label)]");
  });
  it("gives the lifecycle the card's full width and prices half", () => {
    expect(dataCellClass("status")).toContain("max-sm:col-span-2");
    expect(dataCellClass("input")).not.toContain("col-span");
  });
});
