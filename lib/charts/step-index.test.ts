import { describe, expect, it } from "vitest";

import { stepIndex } from "./step-index";

describe("stepIndex", () => {
  it("moves one item with the arrows, Down and Right forward, Up and Left back", () => {
    expect(stepIndex(2, "ArrowDown", 5)).toBe(3);
    expect(stepIndex(2, "ArrowRight", 5)).toBe(3);
    expect(stepIndex(2, "ArrowUp", 5)).toBe(1);
    expect(stepIndex(2, "ArrowLeft", 5)).toBe(1);
  });
  it("stops at the ends instead of wrapping", () => {
    expect(stepIndex(4, "ArrowDown", 5)).toBe(4);
    expect(stepIndex(0, "ArrowUp", 5)).toBe(0);
  });
  it("jumps to the ends with Home and End", () => {
    expect(stepIndex(2, "Home", 5)).toBe(0);
    expect(stepIndex(2, "End", 5)).toBe(4);
    expect(stepIndex(null, "End", 5)).toBe(4);
  });
  it("starts at the first item when nothing is highlighted", () => {
    expect(stepIndex(null, "ArrowDown", 5)).toBe(0);
    expect(stepIndex(null, "ArrowUp", 5)).toBe(0);
  });
  it("pulls a stale index back into range after the chart lost items", () => {
    expect(stepIndex(9, "ArrowUp", 3)).toBe(1);
    expect(stepIndex(9, "ArrowDown", 3)).toBe(2);
  });
  it("leaves other keys, and empty charts, to the browser", () => {
    expect(stepIndex(1, "Tab", 5)).toBeUndefined();
    expect(stepIndex(1, "a", 5)).toBeUndefined();
    expect(stepIndex(null, "ArrowDown", 0)).toBeUndefined();
  });
});
