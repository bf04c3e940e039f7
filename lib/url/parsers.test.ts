import { describe, expect, it } from "vitest";

import {
  isModelIdLike,
  MAX_LIST_ITEMS,
  MAX_MODEL_ID_LENGTH,
  parseAsCommaList,
  parseAsModelId,
  parseAsModelIdList,
  parseAsStrictBoolean,
  parseAsWholeNumber,
  sameList,
} from "./parsers";

describe("shared URL parsers", () => {
  it("reads a flag as 1/0 or true/false only, and writes 1/0", () => {
    expect(["1", "true", "0", "false"].map((v) => parseAsStrictBoolean.parse(v))).toEqual([true, true, false, false]);
    for (const v of ["yes", "TRUE", "", "2", "maybe"]) expect(parseAsStrictBoolean.parse(v), v).toBeNull();
    expect([parseAsStrictBoolean.serialize(true), parseAsStrictBoolean.serialize(false)]).toEqual(["1", "0"]);
  });

  it("reads whole numbers in range, digits only", () => {
    const p = parseAsWholeNumber(1, 1_000);
    expect(["1", "1000", "0007"].map((v) => p.parse(v))).toEqual([1, 1000, 7]);
    for (const v of ["0", "1001", "1e3", "-5", "1.5", "12abc", " 12", "", "9".repeat(400)]) expect(p.parse(v), v).toBeNull();
    expect(p.serialize(250)).toBe("250");
    // Seventeen digits are never read, whatever the range.
    expect(parseAsWholeNumber(0, Number.MAX_SAFE_INTEGER).parse("1".repeat(17))).toBeNull();
  });

  it("knows the shape of a model ID", () => {
    for (const id of ["gpt-5.4-nano", "o3-mini", "gpt-4o-2024-05-13"]) expect(isModelIdLike(id), id).toBe(true);
    for (const id of ["GPT-4o", "-gpt", ".x", "gpt 4", "gpt_4", "", "a".repeat(MAX_MODEL_ID_LENGTH + 1)])
      expect(isModelIdLike(id), id).toBe(false);
    expect(parseAsModelId.parse("gpt-6-luna")).toBe("gpt-6-luna");
    expect(parseAsModelId.parse("../../etc")).toBeNull();
  });

  it("reads a comma list whole or not at all, each item once", () => {
    const isAb = (s: string): s is "a" | "b" => s === "a" || s === "b";
    const list = parseAsCommaList(isAb);
    expect(list.parse("a,b,a")).toEqual(["a", "b"]);
    expect(list.parse("a,,b,")).toEqual(["a", "b"]);
    expect(list.parse("a,c")).toBeNull();
    expect(list.parse("")).toEqual([]);
    expect(parseAsCommaList(isAb, { minItems: 1 }).parse("")).toBeNull();
    expect(
      list.parse(
        Array(MAX_LIST_ITEMS + 1)
          .fill("a")
          .join(","),
      ),
    ).toBeNull();
    expect(list.serialize(["b", "a"])).toBe("b,a");
  });

  it("reads a model-ID list: non-empty, every item shaped like an ID", () => {
    expect(parseAsModelIdList.parse("gpt-6-luna,gpt-5.4-nano")).toEqual(["gpt-6-luna", "gpt-5.4-nano"]);
    expect(parseAsModelIdList.parse("gpt-6-luna,<script>")).toBeNull();
    expect(parseAsModelIdList.parse(",")).toBeNull();
  });

  it("compares lists in order", () => {
    expect(sameList(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameList(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameList(["a"], ["a", "b"])).toBe(false);
  });
});
