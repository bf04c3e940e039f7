import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { ctx, entries } from "@/lib/compare/fixtures.test-helpers";
import { buildCompareTable } from "@/lib/compare/table";
import { answers, cand, lifecycle, TODAY } from "@/lib/recommend/fixtures.test-helpers";
import { recommend } from "@/lib/recommend/rank";
import { loadCatalogParams } from "@/lib/url/catalog";

import { OG_EXTRA_GLYPHS, ogText, safeCard } from "./card";
import { catalogShareText, describeCatalogState } from "./catalog-share";
import { compareShareCard, compareShareText } from "./compare-share";
import { ogImagePath, shareMetadata } from "./metadata";
import { wizardShareText } from "./wizard-share";

/** Code points a TrueType font maps (cmap formats 4 and 12). */
function fontCodePoints(file: string): Set<number> {
  const b = fs.readFileSync(file);
  const tables = b.readUInt16BE(4);
  let off = 0;
  for (let i = 0; i < tables; i++)
    if (b.toString("latin1", 12 + 16 * i, 16 + 16 * i) === "cmap") off = b.readUInt32BE(12 + 16 * i + 8);
  const set = new Set<number>();
  for (let i = 0; i < b.readUInt16BE(off + 2); i++) {
    const sub = off + b.readUInt32BE(off + 4 + 8 * i + 4);
    const format = b.readUInt16BE(sub);
    if (format === 4) {
      const segX2 = b.readUInt16BE(sub + 6);
      for (let s = 0; s < segX2 / 2; s++) {
        const end = b.readUInt16BE(sub + 14 + 2 * s);
        const start = b.readUInt16BE(sub + 16 + segX2 + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) set.add(c);
      }
    } else if (format === 12) {
      for (let g = 0; g < b.readUInt32BE(sub + 12); g++) {
        for (let c = b.readUInt32BE(sub + 16 + 12 * g); c <= b.readUInt32BE(sub + 20 + 12 * g); c++) set.add(c);
      }
    }
  }
  return set;
}

describe("share image text", () => {
  const dir = path.join(process.cwd(), "node_modules/geist/dist/fonts/geist-sans");
  it("only lets through characters both bundled fonts can draw (no fallback font fetched)", () => {
    for (const file of ["Geist-Regular.ttf", "Geist-Bold.ttf"]) {
      const cps = fontCodePoints(path.join(dir, file));
      for (let c = 0x20; c <= 0x7e; c++) expect(cps.has(c), `${file} U+${c.toString(16)}`).toBe(true);
      for (const ch of OG_EXTRA_GLYPHS) expect(cps.has(ch.codePointAt(0)!), `${file} ${ch}`).toBe(true);
    }
  });

  it("replaces anything else and cuts long text", () => {
    expect(ogText("日本語 <b>ok</b> 😀")).toBe("??? <b>ok</b> ?");
    expect(ogText("x".repeat(200), 10)).toBe(`${"x".repeat(9)}…`);
    const card = safeCard({ eyebrow: "Ω", title: "∑ title", footer: "f", lines: [{ label: "漢", value: "1" }] });
    expect(card.eyebrow).toBe("?");
    expect(card.lines?.[0]?.label).toBe("?");
  });
});

describe("share metadata", () => {
  it("points the preview image at /api/og with the view's canonical query", () => {
    expect(ogImagePath("compare", "?m=a,b&d=1")).toBe("/api/og?view=compare&m=a,b&d=1");
    expect(ogImagePath("catalog", "")).toBe("/api/og?view=catalog");
    const origin = new URL("https://navigator.example");
    const m = shareMetadata({ view: "compare", title: "T", description: "D", path: "/compare", query: "?m=a,b", origin });
    expect(m.metadataBase).toEqual(origin);
    expect(m.alternates?.canonical).toBe("/compare?m=a,b");
    expect(m.openGraph).toMatchObject({ title: "T", description: "D", url: "/compare?m=a,b" });
    expect(m.openGraph?.images).toEqual([
      expect.objectContaining({ url: "/api/og?view=compare&m=a,b", width: 1200, height: 630 }),
    ]);
    expect(m.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("states no canonical link when the origin is unknown (a page prerendered without SITE_URL)", () => {
    const m = shareMetadata({ view: "catalog", title: "T", description: "D", path: "/", query: "" });
    expect(m.metadataBase).toBeUndefined();
    expect(m.alternates).toBeUndefined();
    expect(m.openGraph).toMatchObject({ url: "/" });
  });
});

describe("compare share text", () => {
  // Fixture models: alpha-mini costs $90.00 a month on this workload, alpha-nano $11.25.
  const table = buildCompareTable(entries("alpha-mini", "alpha-nano"), ctx);
  const w = { inputPerDay: 1_000_000, outputPerDay: 500_000, tier: "standard" as const };

  it("names the models and their monthly cost", () => {
    const t = compareShareText(table, w);
    expect(t.title).toBe("Compare alpha-mini vs alpha-nano");
    expect(t.description).toContain("1,000,000 input + 500,000 output tokens a day, Standard tier");
    expect(t.description).toContain("alpha-mini $90.00");
    expect(t.description).toContain("alpha-nano $11.25");
  });

  it("draws a card with the models as columns and the cheapest marked", () => {
    const card = compareShareCard(table, w, "2026-11-25");
    expect(card.table?.columns.map((c) => c.heading)).toEqual(["alpha-mini", "alpha-nano"]);
    const cost = card.table?.rows.find((r) => r.label === "Per month");
    expect(cost?.values).toEqual(["$90.00", "$11.25"]);
    expect(cost?.best).toEqual([false, true]);
  });

  it("falls back to a generic text without models", () => {
    expect(compareShareText(null, w).title).toBe("Compare models");
  });
});

describe("catalog share text", () => {
  it("describes filters and sort in words", () => {
    const s = loadCatalogParams("?q=nano&live=true&rf=yes&ctx=400000&sort=-input");
    expect(describeCatalogState(s)).toEqual([
      "matching “nano”",
      "shut-down models hidden",
      "reasoning models",
      "context ≥ 400K",
      "sorted by Input price, descending",
    ]);
    expect(catalogShareText(s, 2, 15).title).toBe("Catalog: 2 of 15 models");
    expect(describeCatalogState(loadCatalogParams("?flat=true"))).toEqual(["not grouped by lifecycle"]);
  });
  it("keeps the default title for the default view", () => {
    expect(catalogShareText(loadCatalogParams({}), 15, 15).title).toBe("OpenAI small models: the catalog");
  });
});

describe("wizard share text", () => {
  it("never crowns a model that shuts down within 90 days", () => {
    // Shuts down Jan 14, 2027: 50 days after 2026-11-25. $0.10 in, $0.40 out on the article workload: $9.00 a month.
    const retiring = cand("retiring", { lifecycle: lifecycle({ status: "deprecated", shutdownDate: "2027-01-14" }) });
    const t = wizardShareText("result", answers(), recommend(answers(), [retiring], TODAY));
    expect(t.title).toBe("Selection wizard: no model that fits stays callable");
    expect(t.description).toMatch(/shuts down within 90 days: retiring \$9\.00\/month\.$/);
    const withLasting = recommend(answers(), [retiring, cand("lasting", { input: 0.5 })], TODAY);
    expect(wizardShareText("result", answers(), withLasting).title).toBe("Shortlist: lasting, retiring");
  });
});
