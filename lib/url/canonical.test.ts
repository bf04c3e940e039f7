import type { SearchParams } from "nuqs/server";
import { describe, expect, it, vi } from "vitest";

import { FIXTURE_TODAY } from "@/lib/catalog/fixture.test-helpers";

import { loadCalculatorPage } from "./calculator-page";
import { canonicalTarget, linkedPairs } from "./canonical";
import { loadCatalogPage } from "./catalog-page";
import { loadChangesPage } from "./changes-page";
import { loadChartsPage } from "./charts-page";
import { loadComparePage } from "./compare-page";
import { loadMigratePage } from "./migrate-page";
import type { ViewPage } from "./page";
import { toSearchParams } from "./renamed-keys";
import { loadUsagePage } from "./usage-page";
import { loadWizardPage } from "./wizard-page";

vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);
vi.stubEnv("NAVIGATOR_TODAY", FIXTURE_TODAY);

const clean = { ignored: [], problems: [] };

describe("canonicalTarget", () => {
  it("leaves a link alone when it is the serializer's spelling, and with no query at all", () => {
    expect(canonicalTarget("/compare", { m: "a,b", tier: "batch" }, { ...clean, query: "?m=a,b&tier=batch" })).toBeNull();
    expect(canonicalTarget("/", {}, { ...clean, query: "" })).toBeNull();
  });
  it("redirects another order, a default spelled out, and an old key", () => {
    expect(canonicalTarget("/compare", { tier: "batch", m: "a,b" }, { ...clean, query: "?m=a,b&tier=batch" })).toBe(
      "/compare?m=a,b&tier=batch",
    );
    expect(canonicalTarget("/compare", { m: "a", tier: "standard" }, { ...clean, query: "?m=a" })).toBe("/compare?m=a");
    expect(canonicalTarget("/", { rsn: "yes" }, { ...clean, query: "?rf=yes" })).toBe("/?rf=yes");
    expect(canonicalTarget("/", { live: "false" }, { ...clean, query: "" })).toBe("/");
  });
  it("never redirects a link the page must report on as opened", () => {
    const ignored = [{ key: "in", value: "abc" }];
    expect(canonicalTarget("/compare", { in: "abc", m: "a" }, { ignored, problems: [], query: "?m=a" })).toBeNull();
    const problems = [{ key: "m", message: "given twice" }];
    expect(canonicalTarget("/compare", { m: ["a", "b"] }, { ignored: [], problems, query: "?m=a" })).toBeNull();
  });
  it("compares decoded values, so an encoded comma is the same link", () => {
    expect(canonicalTarget("/compare", toSearchParams("?m=a%2Cb"), { ...clean, query: "?m=a,b" })).toBeNull();
  });
  it("reads a repeated key as one pair per value, in order", () => {
    expect(linkedPairs({ a: ["1", "2"], b: "3", c: undefined })).toEqual([
      ["a", "1"],
      ["a", "2"],
      ["b", "3"],
    ]);
  });
});

/** Each view's loader, and links to it written in another spelling of a state it reads cleanly. */
const VIEWS: [string, (sp: SearchParams) => ViewPage<unknown>, string[]][] = [
  ["/", loadCatalogPage, ["?live=true&sort=price", "?rsn=yes&q=alpha", "?flat=false&fam=alpha"]],
  ["/calculator", loadCalculatorPage, ["?m=beta-lite,alpha-nano&tier=batch", "?in=2000000&days=30", "?out=2M"]],
  ["/charts", loadChartsPage, ["?qf=lasting", "?m=beta-lite&view=mmlu"]],
  ["/wizard", loadWizardPage, ["?p=cost&s=2", "?in=2,000,000&s=1"]],
  ["/compare", loadComparePage, ["?tier=batch&m=alpha-mini,alpha-nano", "?m=alpha-mini,beta-lite&tier=standard&d=0"]],
  ["/migrate", loadMigratePage, ["?in=3000000&from=gamma-mini", "?from=gamma-mini&req=2000"]],
  ["/changes", loadChangesPage, ["?kind=price&m=alpha-nano", "?m=alpha-nano&kind=price,notice"]],
  ["/usage", loadUsagePage, ["?tier=batch&rs=25", "?tier=flex&rs=50"]],
];

describe("every view's canonical redirect lands on a link that stays put", () => {
  for (const [path, load, links] of VIEWS) {
    it(path, () => {
      let redirected = 0;
      for (const link of links) {
        const sp = toSearchParams(link);
        const page = load(sp);
        const target = canonicalTarget(path, sp, page);
        if (target === null) {
          // Reported links stay as opened; every other link here is spelled differently on purpose.
          expect(page.ignored.length + page.problems.length, `${path}${link}`).toBeGreaterThan(0);
          continue;
        }
        redirected += 1;
        const again = toSearchParams(new URL(target, "https://navigator.test").search);
        const reopened = load(again);
        expect([reopened.ignored, reopened.problems], target).toEqual([[], []]);
        // The same state, and no second redirect.
        expect(reopened.state, target).toEqual(page.state);
        expect(canonicalTarget(path, again, reopened), target).toBeNull();
      }
      expect(redirected, path).toBeGreaterThan(0);
    });
  }
});
