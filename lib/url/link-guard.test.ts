import { describe, expect, it } from "vitest";

import { duplicatedParams, echo, linkProblems, MAX_LINK_QUERY_LENGTH } from "./link-guard";

describe("link guard", () => {
  it("reports duplicated keys of the view only", () => {
    expect(duplicatedParams({ m: ["a", "b"], utm: ["1", "2"], d: "1" }, ["m", "d"]).map((p) => p.key)).toEqual(["m"]);
  });
  it("reports an overlong link", () => {
    expect(linkProblems({ q: "x".repeat(MAX_LINK_QUERY_LENGTH) }, ["q"]).map((p) => p.key)).toEqual(["(link)"]);
    expect(linkProblems({ q: "short" }, ["q"])).toEqual([]);
  });
  it("quotes at most 60 characters of a value", () => {
    expect(echo("short")).toBe("short");
    expect(echo("x".repeat(100))).toBe(`${"x".repeat(60)}…`);
  });
});
