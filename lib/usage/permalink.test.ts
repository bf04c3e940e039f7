import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { SERVICE_TIERS } from "@/lib/cost/tiers";

import { aggregate, usageCell } from "./aggregate.test-helpers";
import { analyzeUsage } from "./analyze";
import { CatalogIndex } from "./catalog";
import { FIXTURE_TODAY, fixtureCatalog } from "./fixtures.test-helpers";
import { importUsageFiles } from "./parse";
import {
  decodeUsageSummary,
  encodeLinkForm,
  encodeUsageSummary,
  linkAggregate,
  MAX_USAGE_LINK_CHARS,
  USAGE_LINK_VERSION,
} from "./permalink";
import { sampleFiles } from "./samples";
import type { UsageAggregate, UsageCell, UsageTier } from "./types";

const index = new CatalogIndex(fixtureCatalog());

function encode(a: UsageAggregate): string {
  const e = encodeUsageSummary(a, index);
  if (!e.ok) throw new Error(e.message);
  return e.value;
}
function decode(s: string): UsageAggregate {
  const d = decodeUsageSummary(s);
  if (!d.ok) throw new Error(d.message);
  return d.aggregate;
}

describe("usage permalink", () => {
  it("round-trips the samples and reopens the same figures, in a few hundred characters", async () => {
    const r = await importUsageFiles([{ name: "u.csv", content: sampleFiles(index)["usage-completions.csv"]! }]);
    if (!r.ok) throw new Error("sample did not parse");
    const original = r.usage!.aggregate;
    const link = encode(original);
    expect(link).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(400);
    expect(decode(link)).toEqual(original);
    const a = analyzeUsage(original, index, { today: FIXTURE_TODAY });
    const b = analyzeUsage(decode(link), index, { today: FIXTURE_TODAY });
    expect(b.totals).toEqual(a.totals);
    expect(b.reprice.rows).toEqual(a.reprice.rows);
  });

  it("never carries names, e-mails or IDs that are not the catalog's", () => {
    const secret = aggregate(
      [
        usageCell("gpt-4o-mini-2024-07-18", "standard", { requests: 1, output: 10 }),
        usageCell("ft:gpt-4o-mini-2024-07-18:acme-corp:support-bot:AbC123", "standard", { requests: 1, output: 20 }),
        usageCell("ft:gpt-4o-mini-2024-07-18:acme-corp:other:XyZ789", "batch", { requests: 1, output: 30 }),
        usageCell("dev@example.com", "standard", { requests: 1, output: 40 }),
        usageCell("Project Falcon", "other:Project Heron" as UsageTier, { requests: 1, output: 50 }),
        usageCell("gpt-4.1-mini", "other:scale", { requests: 1, output: 60 }),
      ],
      30,
    );
    const reopened = decode(encode(secret));
    const text = JSON.stringify(reopened);
    for (const s of ["acme", "support-bot", "AbC123", "example.com", "Falcon", "Heron", "Project"]) expect(text).not.toContain(s);
    expect(reopened.cells.map((c) => [c.model, c.tier, c.output])).toEqual([
      ["ft:gpt-4o-mini-2024-07-18:1", "batch", 30],
      ["ft:gpt-4o-mini-2024-07-18:2", "standard", 20],
      ["gpt-4.1-mini", "other:scale", 60],
      ["gpt-4o-mini-2024-07-18", "standard", 10],
      ["unknown-1", "other:unnamed", 50],
      ["unknown-2", "standard", 40],
    ]);
    // a reopened link gives the same link again, with or without the catalog
    expect(encode(reopened)).toBe(encode(secret));
    expect(encodeLinkForm(reopened)).toEqual({ ok: true, value: encode(secret) });
  });

  it("checks IDs by shape when serializing without the catalog", () => {
    const raw = aggregate([
      usageCell("dev@example.com", "standard", { output: 1 }),
      usageCell("ft:gpt-4o-mini-2024-07-18:acme:x:y", "standard", { output: 2 }),
      usageCell("gpt-4o-mini", "standard", { output: 3 }),
    ]);
    const e = encodeLinkForm(raw);
    if (!e.ok) throw new Error(e.message);
    expect(decode(e.value).cells.map((c) => c.model)).toEqual(["ft:gpt-4o-mini-2024-07-18:1", "gpt-4o-mini", "unknown-1"]);
  });

  it("refuses to make a link too long to share, and says why", () => {
    const cells = Array.from({ length: 80 }, (_, i) =>
      usageCell(
        `gpt-4o-mini`,
        `other:tier${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}` as UsageTier,
        { requests: 123_456_789, uncachedInput: 2 ** 50, cachedInput: 2 ** 49, output: 2 ** 48 },
      ),
    );
    const e = encodeUsageSummary(aggregate(cells), index);
    expect(e).toMatchObject({ ok: false, reason: "too-large", limit: MAX_USAGE_LINK_CHARS });
    expect(!e.ok && e.length).toBeGreaterThan(MAX_USAGE_LINK_CHARS);
    expect(!e.ok && e.message).toContain("80 model and tier combinations");
  });

  it("reads garbage as a readable refusal", () => {
    const damaged = "This link's usage summary is damaged or incomplete (was the link cut off when it was copied?).";
    expect(decodeUsageSummary("")).toEqual({ ok: false, message: "This link carries no usage summary." });
    expect(decodeUsageSummary("hello world")).toEqual({
      ok: false,
      message: "This is not a usage summary: it holds “ ”, which a summary never does.",
    });
    const link = encode(aggregate([usageCell("gpt-4o-mini", "standard", { requests: 5, output: 9 })]));
    for (let cut = 1; cut < link.length; cut++)
      expect(decodeUsageSummary(link.slice(0, -cut))).toEqual({ ok: false, message: damaged });
    expect(decodeUsageSummary(`${link}AAAA`)).toEqual({ ok: false, message: damaged });
    expect(decodeUsageSummary("Ag")).toMatchObject({
      ok: false,
      message: expect.stringContaining("version 2; this page reads version 1"),
    });
    expect(USAGE_LINK_VERSION).toBe(1);
  });

  it("round-trips any aggregate through its link form (property)", () => {
    const model = fc.oneof(
      fc.constantFrom(
        "gpt-4o-mini",
        "gpt-6-luna",
        "gpt-5-mini-2025-08-07",
        "(model not given)",
        "ft:gpt-4o-mini-2024-07-18:org:x:1",
      ),
      fc.string({ maxLength: 12 }),
    );
    const tier = fc.oneof(
      fc.constantFrom(...SERVICE_TIERS),
      fc.string({ maxLength: 20 }).map((s) => `other:${s}` as UsageTier),
    );
    const count = fc.oneof(fc.nat(1000), fc.integer({ min: 0, max: 2 ** 40 }));
    const cell = fc.record({
      model,
      tier,
      requests: count,
      uncachedInput: count,
      cachedInput: count,
      cacheWriteInput: count,
      output: count,
      imageInput: count,
    });
    const agg = fc.record({
      period: fc.option(
        fc
          .record({ start: fc.integer({ min: 946_684_800, max: 4_102_444_800 }), len: fc.integer({ min: 1, max: 400 * 86_400 }) })
          .map((p) => ({ start: p.start, end: p.start + p.len })),
      ),
      cells: fc.uniqueArray(cell, { maxLength: 12, selector: (c) => `${c.model}\u0000${c.tier}` }),
      reports: fc.record({ batch: fc.boolean(), serviceTier: fc.boolean(), cacheWrite: fc.boolean(), imageTokens: fc.boolean() }),
    });
    fc.assert(
      fc.property(agg, (a) => {
        const e = encodeUsageSummary(a as UsageAggregate, index);
        if (!e.ok) return;
        const back = decode(e.value);
        const expected = linkAggregate(a as UsageAggregate, index);
        expect(back).toEqual(expected);
        expect(encode(back)).toBe(e.value);
        for (const c of back.cells as UsageCell[]) expect(Number.isSafeInteger(c.output)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on any text (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.base64String({ maxLength: 200 }).map((s) => s.replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "")),
        ),
        (s) => {
          const d = decodeUsageSummary(s);
          if (d.ok) for (const c of d.aggregate.cells) expect(Number.isSafeInteger(c.requests + 0)).toBe(true);
          else expect(d.message.length).toBeGreaterThan(10);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
