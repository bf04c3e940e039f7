/**
 * The one usage test that reads the live catalog: the committed samples in public/samples/ are
 * what the generator writes for today's data (a price correction fails here until
 * `node scripts/generate-usage-samples.mjs` is run), and they load, price and reconcile.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { loadCatalog } from "@/lib/catalog/load";

import { analyzeUsage } from "./analyze";
import { toUsageCatalog } from "./catalog";
import { importUsageFiles } from "./parse";
import { reconcileCosts } from "./reconcile";
import { sampleFiles } from "./samples";

const SAMPLES = path.join(process.cwd(), "public", "samples");
/** The day the catalog was last verified; lifecycle below is asserted as of then. */
const TODAY = "2026-11-25";

describe("public/samples (live catalog)", () => {
  const catalog = toUsageCatalog(loadCatalog());
  const expected = sampleFiles(catalog);

  it("are what scripts/generate-usage-samples.mjs writes for the current data", () => {
    for (const [name, content] of Object.entries(expected)) {
      expect(
        fs.readFileSync(path.join(SAMPLES, name), "utf8"),
        `public/samples/${name} is stale: run node scripts/generate-usage-samples.mjs`,
      ).toBe(content);
    }
  });

  it("load, price every model the file uses, and reconcile to 0 on every line", async () => {
    for (const [usageFile, costsFile] of [
      ["usage-completions.json", "costs.json"],
      ["usage-completions.csv", "costs.csv"],
    ] as const) {
      const r = await importUsageFiles([
        { name: usageFile, content: expected[usageFile]! },
        { name: costsFile, content: expected[costsFile]! },
      ]);
      if (!r.ok) throw new Error(r.problems.map((p) => p.message).join("\n"));
      const a = analyzeUsage(r.usage!.aggregate, catalog, { today: TODAY });
      expect(a.period).toMatchObject({ firstDay: "2026-10-25", lastDay: "2026-11-23", days: "30" });
      expect(a.models.map((m) => [m.model, m.identity.known && m.identity.familyId, m.cost?.complete])).toEqual([
        ["gpt-4.1-mini-2025-04-14", "gpt-4.1-mini", true],
        ["gpt-4o-mini-2024-07-18", "gpt-4o-mini", true],
        ["gpt-5-mini-2025-08-07", "gpt-5-mini", true],
      ]);
      expect(a.totals.complete).toBe(true);
      expect(a.totals.amount).toBe(r.costs!.total);
      expect(a.banners.map((b) => [b.familyId, b.lifecycle.shutdownDate])).toEqual([
        ["gpt-5-mini", "2026-12-11"],
        ["gpt-4.1-mini", "2027-01-14"],
        ["gpt-4o-mini", "2027-01-14"],
      ]);
      const rec = reconcileCosts(r.usage!, r.costs!, catalog);
      expect(rec.lines.every((l) => l.status === "match" && l.percent === "0")).toBe(true);
      expect(rec.totals.difference).toBe("0");
    }
  });
});
