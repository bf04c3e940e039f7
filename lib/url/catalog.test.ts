import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  CATALOG_LINK_KEYS,
  catalogHref,
  catalogParsers,
  catalogUrlKeys,
  DEFAULT_VISIBLE,
  ignoredCatalogParams,
  loadCatalogParams,
  parseAsSort,
  sanitizeCatalogState,
  serializeCatalog,
} from "./catalog";

const known = { ids: new Set(["gpt-4.1-mini", "gpt-6-luna"]), families: new Set(["GPT-4.1", "GPT-6"]) };

describe("catalog URL contract", () => {
  it("reads short keys into typed state", () => {
    const s = loadCatalogParams(
      "?q=nano&sort=input,-context&st=active,deprecated&live=true&rf=yes&img=no&ctx=400000&sel=gpt-6-luna",
    );
    expect(s).toMatchObject({
      q: "nano",
      sort: [
        { id: "input", desc: false },
        { id: "context", desc: true },
      ],
      statuses: ["active", "deprecated"],
      hideShutdown: true,
      reasoning: "yes",
      image: "no",
      minContext: 400000,
      selected: ["gpt-6-luna"],
    });
  });

  it("falls back to defaults on garbage", () => {
    const s = loadCatalogParams("?sort=price;drop&st=alive&rf=maybe&ctx=-5&cols=<script>&live=perhaps");
    expect(s.sort).toEqual([]);
    expect(s.statuses).toEqual([]);
    expect(s.reasoning).toBe("any");
    expect(s.minContext).toBe(0);
    expect(s.columns).toEqual([...DEFAULT_VISIBLE]);
    expect(s.hideShutdown).toBe(false);
  });

  it("rejects duplicated sort columns and over-long queries", () => {
    expect(parseAsSort.parse("input,-input")).toBeNull();
    expect(loadCatalogParams(`?q=${"x".repeat(101)}`).q).toBe("");
  });

  it("lists every parameter it ignored, including unknown model IDs and families", () => {
    const ignored = ignoredCatalogParams({ sort: "bogus", sel: "gpt-9-nope", fam: "GPT-4.1", ctx: "12", q: "fine" }, known);
    expect(ignored.map((i) => i.key).sort()).toEqual(["ctx", "sel", "sort"]);
  });

  it("truncates echoed values so a notice cannot carry a long payload", () => {
    const [first] = ignoredCatalogParams({ sort: "a".repeat(500) }, known);
    expect(first?.value.length).toBeLessThanOrEqual(61);
  });

  it("drops unknown IDs and families from the state the table uses", () => {
    const s = sanitizeCatalogState(loadCatalogParams("?sel=gpt-9-nope&fam=Nope"), known);
    expect(s.selected).toEqual([]);
    expect(s.families).toEqual([]);
  });

  it("serializes to the canonical short form: defaults omitted", () => {
    expect(serializeCatalog({ q: "", sort: [], columns: [...DEFAULT_VISIBLE] })).toBe("");
    expect(serializeCatalog({ sort: [{ id: "output", desc: true }], minContext: 1_000_000 })).toBe("?sort=-output&ctx=1000000");
    expect(catalogHref({ q: "nano", hideShutdown: true })).toBe("/?q=nano&live=true");
    expect(catalogHref({})).toBe("/");
  });
});

describe("catalog URL contract properties", () => {
  // The reasoning filter's old key `rsn` included: old links are read too.
  const keys = [...CATALOG_LINK_KEYS];
  it("never throws on arbitrary strings and always yields a valid state", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), fc.string({ maxLength: 300 })), (dict) => {
        const s = loadCatalogParams(dict);
        expect(typeof s.q).toBe("string");
        expect(Array.isArray(s.sort)).toBe(true);
        expect(["any", "yes", "no"]).toContain(s.reasoning);
        expect(Number.isFinite(s.minContext)).toBe(true);
        ignoredCatalogParams(dict, known);
      }),
    );
  });

  it("round-trips valid states (serialize → parse is the identity)", () => {
    const sortItem = fc.record({
      id: fc.constantFrom("input", "output", "context", "mmlu", "model"),
      desc: fc.boolean(),
    });
    const state = fc.record({
      q: fc.string({ maxLength: 50 }).filter((s) => !s.includes("\u0000")),
      sort: fc.uniqueArray(sortItem, { selector: (s) => s.id, maxLength: 3 }),
      statuses: fc.uniqueArray(fc.constantFrom("active", "deprecated", "shutdown", "unknown"), { maxLength: 4 }),
      hideShutdown: fc.boolean(),
      minContext: fc.constantFrom(0, 128000, 400000, 1000000),
    });
    fc.assert(
      fc.property(state, (st) => {
        const url = serializeCatalog(st);
        const back = loadCatalogParams(url);
        expect(back.sort).toEqual(st.sort);
        expect(back.statuses).toEqual(st.statuses);
        expect(back.hideShutdown).toBe(st.hideShutdown);
        expect(back.minContext).toBe(st.minContext);
        expect(back.q).toBe(st.q);
      }),
    );
  });
});

// Keep the parser map and URL keys in step: a parser without a short key would leak a long name.
it("has a short URL key for every parser", () => {
  expect(Object.keys(catalogUrlKeys).sort()).toEqual(Object.keys(catalogParsers).sort());
  for (const key of Object.values(catalogUrlKeys)) expect(key.length).toBeLessThanOrEqual(4);
});
