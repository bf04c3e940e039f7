import { describe, expect, it } from "vitest";

import { duplicatedParams, echo, linkProblems, MAX_LINK_QUERY_LENGTH } from "./link-guard";

// Each key counts its name, "=" and a separator ("&" or "?"), then its value: `key.length + 2 + value.length`.
const query = (length: number) => ({ q: "x".repeat(length - 3) });

describe("link guard: exact messages and edges", () => {
  it("names how often a view's key appears, and nothing for a key given once or an empty array", () => {
    expect(duplicatedParams({ m: ["a", "b", "c"], d: "1", tier: [] }, ["m", "d", "tier"])).toEqual([
      { key: "m", message: "“m” appears 3 times in the link; the first value is used." },
    ]);
    expect(duplicatedParams({ m: ["a"] }, ["m"])).toEqual([]);
  });

  it("counts the query as the server received it: a link of exactly the limit passes, one character more does not", () => {
    expect(linkProblems(query(MAX_LINK_QUERY_LENGTH), ["q"])).toEqual([]);
    expect(linkProblems(query(MAX_LINK_QUERY_LENGTH + 1), ["q"])).toEqual([
      {
        key: "(link)",
        message: "This link is unusually long (2,001 characters); whatever could not be read uses its default.",
      },
    ]);
  });

  it("counts every value of a repeated key, and no value for an absent one", () => {
    // Two values of 997 characters: (1 + 2 + 997) × 2 = 2,000, at the limit.
    const twice = { q: ["x".repeat(997), "y".repeat(997)], gone: undefined };
    expect(linkProblems(twice, [])).toEqual([]);
    const over = { q: ["x".repeat(997), "y".repeat(998)] };
    expect(linkProblems(over, []).map((p) => p.message)).toEqual([
      "This link is unusually long (2,001 characters); whatever could not be read uses its default.",
    ]);
    // A longer key counts its own length.
    expect(linkProblems({ abcd: "x".repeat(1_994) }, []).map((p) => p.key)).toEqual([]);
    expect(linkProblems({ abcd: "x".repeat(1_995) }, []).map((p) => p.key)).toEqual(["(link)"]);
  });

  it("lists duplicated keys before the overlong link", () => {
    const problems = linkProblems({ m: ["a", "b"], q: "x".repeat(MAX_LINK_QUERY_LENGTH) }, ["m"]);
    expect(problems.map((p) => p.key)).toEqual(["m", "(link)"]);
  });

  it("quotes a value of exactly 60 characters whole", () => {
    expect(echo("x".repeat(60))).toBe("x".repeat(60));
    expect(echo("x".repeat(61))).toBe(`${"x".repeat(60)}…`);
  });
});
