import { describe, expect, it } from "vitest";

import { CHANGE_KINDS, isChangeKind } from "./kinds";

describe("isChangeKind", () => {
  it("accepts the five kinds and nothing else", () => {
    expect(CHANGE_KINDS.every(isChangeKind)).toBe(true);
    expect(["Price", "prices", "", "release,price"].some(isChangeKind)).toBe(false);
  });
});
