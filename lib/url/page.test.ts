import { describe, expect, it } from "vitest";

import { linkReport, readLink, searchParamsFromKey, searchParamsKey, type LinkContract } from "./page";

describe("page loader pieces", () => {
  it("keys the same parameters the same, whatever object carries them, and back", () => {
    const a = { m: "gpt-6-luna,gpt-5.4-nano", q: ["a", "b"], skip: undefined };
    const key = searchParamsKey(a);
    expect(searchParamsKey({ m: "gpt-6-luna,gpt-5.4-nano", q: ["a", "b"] })).toBe(key);
    expect(searchParamsKey({ m: "gpt-6-luna" })).not.toBe(key);
    expect(searchParamsFromKey(key)).toEqual({ m: "gpt-6-luna,gpt-5.4-nano", q: ["a", "b"] });
    expect(searchParamsFromKey(searchParamsKey({}))).toEqual({});
  });

  it("reports link-wide problems first, then the view's own", () => {
    const own = { key: "m", message: "Not in the catalog, left out: “x”." };
    const report = linkReport({ m: ["a", "b"], utm: ["1", "2"] }, ["m"], [{ key: "d", value: "maybe" }], [own]);
    expect(report.ignored).toEqual([{ key: "d", value: "maybe" }]);
    expect(report.problems.map((p) => p.key)).toEqual(["m", "m"]);
    expect(report.problems[1]).toBe(own);
  });

  it("reads a link through a view's contract: sanitised state, its report, its canonical query", () => {
    type S = { m: string[] };
    const contract: LinkContract<S, Set<string>> = {
      keys: ["m"],
      load: (sp) => ({ m: typeof sp.m === "string" ? sp.m.split(",") : [] }),
      sanitize: (s, known) => ({ m: s.m.filter((x) => known.has(x)) }),
      ignored: (sp, known) =>
        typeof sp.m === "string" && sp.m.split(",").some((x) => !known.has(x)) ? [{ key: "m", value: sp.m }] : [],
      serialize: (s) => (s.m.length ? `?m=${s.m.join(",")}` : ""),
    };
    expect(readLink({ m: "a,zz" }, contract, new Set(["a"]))).toEqual({
      state: { m: ["a"] },
      ignored: [{ key: "m", value: "a,zz" }],
      problems: [],
      query: "?m=a",
    });
  });
});
