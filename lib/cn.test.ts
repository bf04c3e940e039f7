import { describe, expect, it } from "vitest";

import { cn, overriddenClasses } from "./cn";

describe("overriddenClasses", () => {
  it("names the earlier of two utilities for the same property", () => {
    expect(overriddenClasses("h-9 px-3 h-10")).toEqual(["h-9"]);
    expect(overriddenClasses("text-sm font-medium text-xs")).toEqual(["text-sm"]);
    // A shorthand after its parts overrides both.
    expect(overriddenClasses("px-3 py-1 p-2")).toEqual(["px-3", "py-1"]);
  });

  it("leaves classes for different properties, variants and repeats alone", () => {
    expect(overriddenClasses("h-9 px-3 text-sm font-medium")).toEqual([]);
    expect(overriddenClasses("text-sm sm:text-base hover:text-accent text-fg")).toEqual([]);
    expect(overriddenClasses("mt-2 mt-2")).toEqual([]);
    expect(overriddenClasses("")).toEqual([]);
  });
});

describe("cn", () => {
  it("joins class values like clsx: strings, conditions, arrays, objects", () => {
    expect(cn("a-1", false && "b", null, undefined, ["flex", { grid: false, "gap-2": true }])).toBe("a-1 flex gap-2");
  });

  it("keeps the order it was given (no merging in production)", () => {
    expect(cn("px-3", "py-1", "text-sm")).toBe("px-3 py-1 text-sm");
  });

  it("throws outside production when a later class would override an earlier one", () => {
    expect(() => cn("h-9 px-3", "h-10")).toThrow('cn: "h-9" would be overridden by a later class in "h-9 px-3 h-10"');
  });
});
