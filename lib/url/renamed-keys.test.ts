import { parseAsInteger } from "nuqs/server";
import { describe, expect, it } from "vitest";

import {
  catalogLink,
  catalogOldKeys,
  catalogUrlKeys,
  ignoredCatalogParams,
  loadCatalogParams,
  serializeCatalog,
} from "./catalog";
import { ignoredMigrateParams, loadMigrateParams, migrateOldKeys, migrateUrlKeys, serializeMigrate } from "./migrate";
import { readLink } from "./page";
import { createRenamingLoader, keysOfLink, linkKeys, toSearchParams } from "./renamed-keys";
import { ignoredWizardParams, loadWizardParams, serializeWizard, wizardLink, wizardOldKeys, wizardUrlKeys } from "./wizard";

describe("renamed URL keys", () => {
  const keys = { perRequest: "tpr", from: "from" } as const;

  it("reads a renamed key under its old name only when the new one is absent", () => {
    expect(keysOfLink(keys, { perRequest: "req" }, { req: "300000" })).toEqual({ perRequest: "req", from: "from" });
    expect(keysOfLink(keys, { perRequest: "req" }, { req: "300000", tpr: "5" })).toEqual(keys);
    expect(keysOfLink(keys, { perRequest: "req" }, {})).toEqual(keys);
  });

  it("lists the keys a link may carry: the current ones, then the old names", () => {
    expect(linkKeys(keys, { perRequest: "req" })).toEqual(["tpr", "from", "req"]);
    expect(linkKeys(keys, {})).toEqual(["tpr", "from"]);
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

  it("builds a loader that reads old names from any input", () => {
    const load = createRenamingLoader({ n: parseAsInteger.withDefault(1) }, { n: "n" }, { n: "old" });
    expect([load("?old=7"), load({ old: "7", n: "8" }), load(new URLSearchParams("n=9")), load("")]).toEqual([
      { n: 7 },
      { n: 8 },
      { n: 9 },
      { n: 1 },
    ]);
  });
});

/**
 * Each renamed key, through its view's own functions: an old link is read without a notice, the
 * new key wins when a link carries both, an unreadable old value is named under the old key (the
 * one the reader sees in the link), a repeated old key is noticed, and links write the new key.
 */
describe("every renamed key keeps its old links working", () => {
  const catalogKnown = { ids: new Set<string>(), families: new Set<string>() };

  it("has the renames this table tests, and no others", () => {
    expect([catalogOldKeys, wizardOldKeys, migrateOldKeys]).toEqual([
      { reasoning: "rsn" },
      { prompts: "q" },
      { perRequest: "req" },
    ]);
    expect([catalogUrlKeys.reasoning, wizardUrlKeys.prompts, migrateUrlKeys.perRequest]).toEqual(["rf", "prompt", "tpr"]);
  });

  it("catalog: the reasoning filter `rf`, once `rsn`", () => {
    expect(loadCatalogParams({ rsn: "yes" }).reasoning).toBe("yes");
    expect(ignoredCatalogParams({ rsn: "yes" }, catalogKnown)).toEqual([]);
    expect(loadCatalogParams({ rsn: "yes", rf: "no" }).reasoning).toBe("no");
    expect(ignoredCatalogParams({ rsn: "maybe" }, catalogKnown)).toEqual([{ key: "rsn", value: "maybe" }]);
    expect(loadCatalogParams({ rsn: "maybe" }).reasoning).toBe("any");
    // The new key's own bad value is named under the new key, and the old one is then not read.
    expect(ignoredCatalogParams({ rsn: "yes", rf: "maybe" }, catalogKnown)).toEqual([{ key: "rf", value: "maybe" }]);
    expect(loadCatalogParams({ rsn: "yes", rf: "maybe" }).reasoning).toBe("any");
    expect(serializeCatalog(loadCatalogParams({ rsn: "no" }))).toBe("?rf=no");
    const page = readLink({ rsn: ["yes", "no"] }, catalogLink, catalogKnown);
    expect([page.state.reasoning, page.problems.map((p) => p.key), page.query]).toEqual(["yes", ["rsn"], "?rf=yes"]);
  });

  it("wizard: sample prompts `prompt`, once `q`", () => {
    expect(loadWizardParams({ q: ["Summarise this", "Translate"] }).prompts).toEqual(["Summarise this", "Translate"]);
    expect(ignoredWizardParams({ q: ["Summarise this", "Translate"] })).toEqual([]);
    expect(loadWizardParams({ q: "old", prompt: "new" }).prompts).toEqual(["new"]);
    expect(ignoredWizardParams({ q: "use sk-abcdefghijklmnopqrstuvwxyz now" })).toEqual([
      { key: "q", value: "(removed: looked like an API key)" },
    ]);
    expect(ignoredWizardParams({ q: ["a", "b", "c", "d"] })).toEqual([{ key: "q", value: "4 prompt(s)" }]);
    expect(serializeWizard(loadWizardParams({ q: ["a", "b"] }))).toBe("?prompt=a&prompt=b");
    // Several prompts repeat their key by design: no notice, under either name.
    for (const link of [{ q: ["a", "b"] }, { prompt: ["a", "b"] }]) {
      expect(readLink(link, wizardLink, null).problems).toEqual([]);
    }
    expect(readLink({ s: ["2", "3"] }, wizardLink, null).problems.map((p) => p.key)).toEqual(["s"]);
  });

  it("migrate: tokens per request `tpr`, once `req`", () => {
    const known = { ids: new Set(["gpt-4o-mini"]), targetsOf: () => new Set<string>() };
    expect(loadMigrateParams({ req: "300000" }).perRequest).toBe(300_000);
    expect(ignoredMigrateParams({ req: "300000" }, known)).toEqual([]);
    expect(loadMigrateParams({ req: "300000", tpr: "5" }).perRequest).toBe(5);
    expect(ignoredMigrateParams({ req: "0" }, known)).toEqual([{ key: "req", value: "0" }]);
    expect(serializeMigrate(loadMigrateParams({ req: "300000" }))).toBe("?tpr=300000");
  });
});
