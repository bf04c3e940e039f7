import { describe, expect, it } from "vitest";

import { keysOfLink, toSearchParams } from "./renamed-keys";

describe("renamed URL keys", () => {
  const keys = { perRequest: "tpr", from: "from" } as const;

  it("reads a renamed key under its old name only when the new one is absent", () => {
    expect(keysOfLink(keys, { perRequest: "req" }, { req: "300000" })).toEqual({ perRequest: "req", from: "from" });
    expect(keysOfLink(keys, { perRequest: "req" }, { req: "300000", tpr: "5" })).toEqual(keys);
    expect(keysOfLink(keys, { perRequest: "req" }, {})).toEqual(keys);
  });

  it("turns any loader input into the record pages receive", () => {
    const record = { from: "gpt-4o-mini", q: ["a", "b"] };
    expect(toSearchParams(record)).toBe(record);
    expect(toSearchParams("?from=gpt-4o-mini&q=a&q=b")).toEqual(record);
    expect(toSearchParams("from=gpt-4o-mini&q=a&q=b")).toEqual(record);
    expect(toSearchParams("https://x.test/migrate?from=gpt-4o-mini&q=a&q=b")).toEqual(record);
    expect(toSearchParams(new URLSearchParams("from=gpt-4o-mini&q=a&q=b"))).toEqual(record);
    expect(toSearchParams("")).toEqual({});
  });
});
