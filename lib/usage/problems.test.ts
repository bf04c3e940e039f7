import { describe, expect, it } from "vitest";

import { MESSAGES, problem, sizeText } from "./problems";

describe("problems", () => {
  it("puts the place first when there is one", () => {
    expect(problem("bad-value", "f.csv", "output_tokens is -1", "row 3")).toEqual({
      code: "bad-value",
      file: "f.csv",
      where: "row 3",
      message: "row 3: output_tokens is -1",
    });
    expect(problem("empty", "f.csv", MESSAGES.empty)).toEqual({ code: "empty", file: "f.csv", message: "The file is empty." });
  });

  it("writes sizes a user recognises", () => {
    expect(sizeText(50 * 1024 * 1024)).toBe("50.0 MB");
    expect(sizeText(1536)).toBe("2 KB");
    expect(sizeText(10)).toBe("1 KB");
  });

  it("names the missing columns", () => {
    expect(MESSAGES.missingColumns(["model"], "usage")).toMatch(/^This usage CSV has no “model” column\./);
    expect(MESSAGES.missingColumns(["a", "b"], "cost")).toMatch(/^This cost CSV has no “a”, “b” columns\./);
  });
});
