import { describe, expect, it } from "vitest";

import { aggregate, usageCell } from "./aggregate.test-helpers";
import { FIXTURE_TODAY, fixtureCatalog } from "./fixtures.test-helpers";
import { bucket, costResult, page, usageResult } from "./pages.test-helpers";
import { decodeUsageSummary, encodeLinkForm } from "./permalink";
import { COSTS_ONLY_MESSAGE, loadUsageView, reanalyzeView, usageView } from "./view";

const catalog = fixtureCatalog();
const today = FIXTURE_TODAY;

// Two daily buckets of gpt-4o-mini-2024-07-18 (the helper's result: 2 requests, 1,000 input
// tokens of which 400 cached, 500 output).
const USAGE = { name: "usage.json", content: JSON.stringify(page([bucket(0, [usageResult()]), bucket(1, [usageResult()])])) };
// The same days billed at the fixture's prices ($0.15 / $0.075 / $0.60 per 1M): 600 uncached
// × 0.15 = $0.00009, 400 cached × 0.075 = $0.00003, 500 output × 0.60 = $0.0003 a day.
const COSTS = {
  name: "costs.json",
  content: JSON.stringify(
    page(
      [0, 1].map((day) =>
        bucket(day, [
          costResult("0.00009", "gpt-4o-mini-2024-07-18, input"),
          costResult("0.00003", "gpt-4o-mini-2024-07-18, cached input"),
          costResult("0.0003", "gpt-4o-mini-2024-07-18, output"),
        ]),
      ),
    ),
  ),
};

describe("loadUsageView", () => {
  it("reads usage and costs into one view: analysis, reconciliation, link and onward links", async () => {
    const r = await loadUsageView([USAGE, COSTS], catalog, { today });
    if (!r.ok) throw new Error(r.problems[0]!.message);
    const { view } = r;
    expect(view.source).toBe("file");
    expect(view.files.map((f) => f.format)).toEqual(["usage-json", "costs-json"]);
    expect(r.usageInputs).toEqual([0]);
    expect(r.withPrevious).toBe(false);
    // 2 days × $0.00042 = $0.00084, or $0.0126 over 30 days.
    expect(view.analysis.totals).toMatchObject({ amount: "0.00084", monthly: "0.0126", complete: true });
    expect(view.reconciliation?.lines.map((l) => [l.lineItem, l.percent])).toEqual([
      ["gpt-4o-mini-2024-07-18, cached input", "0"],
      ["gpt-4o-mini-2024-07-18, input", "0"],
      ["gpt-4o-mini-2024-07-18, output", "0"],
    ]);
    expect(view.link).toMatchObject({ ok: true, linkForm: { cells: [{ model: "gpt-4o-mini-2024-07-18", requests: 4 }] } });
    // What the link carries reopens exactly the link form.
    if (!view.link.ok) throw new Error(view.link.message);
    const encoded = encodeLinkForm(view.link.linkForm);
    expect(encoded.ok && decodeUsageSummary(encoded.value)).toEqual({ ok: true, aggregate: view.link.linkForm });
    // A day: 2 requests, 1,000 input (40 % cached), 500 output; 500 input and 250 output a request.
    expect(view.onward.volumes).toMatchObject({ requestsPerDay: 2, inputPerDay: 1000, outputPerDay: 500, cachedPercent: 40 });
    // The calculator focuses the file's model and its banner's suggestion, gpt-6-luna.
    expect(view.onward.calculator).toBe("/calculator?in=1000&out=500&cache=40&m=gpt-4o-mini,gpt-6-luna");
    expect(view.onward.migrate.map((m) => [m.familyId, m.href])).toEqual([
      ["gpt-4o-mini", "/migrate?from=gpt-4o-mini-2024-07-18&in=1000&out=500&tpr=500"],
    ]);
  });

  it("refuses a costs file alone, and reads it against the usage loaded before", async () => {
    const alone = await loadUsageView([COSTS], catalog, { today });
    expect(alone).toMatchObject({ ok: false, problems: [{ file: "costs.json", message: COSTS_ONLY_MESSAGE }] });

    const after = await loadUsageView([COSTS], catalog, { today, previousUsage: [USAGE] });
    if (!after.ok) throw new Error(after.problems[0]!.message);
    expect(after.withPrevious).toBe(true);
    expect(after.usageInputs).toEqual([0]);
    expect(after.view.files.map((f) => f.name)).toEqual(["usage.json", "costs.json"]);
    expect(after.view.reconciliation?.totals.percent).toBe("0");
  });

  it("a new usage file replaces the usage loaded before", async () => {
    const r = await loadUsageView([USAGE], catalog, { today, previousUsage: [COSTS] });
    expect(r.ok && [r.withPrevious, r.view.files.length]).toEqual([false, 1]);
  });

  it("gives the problems of a file it cannot read, and no view", async () => {
    const r = await loadUsageView([{ name: "page.html", content: "<!doctype html><title>Log in</title>" }], catalog, { today });
    expect(r).toMatchObject({ ok: false, problems: [{ code: "html", file: "page.html" }] });
  });
});

describe("usageView", () => {
  it("analyses a shared summary: unknown models stay unpriced, and the reasoning assumption applies", () => {
    const agg = aggregate([
      usageCell("gpt-4o-mini", "standard", { requests: 10, uncachedInput: 1_000_000, output: 500_000 }),
      usageCell("unknown-1", "standard", { requests: 1, uncachedInput: 5, output: 5 }),
    ]);
    const view = usageView(agg, catalog, { today, source: "link", reasoning: { targetSharePercent: 50 } });
    expect(view.source).toBe("link");
    expect(view.reconciliation).toBeNull();
    expect(view.analysis.totals.excluded.map((e) => [e.model, e.tokens])).toEqual([["unknown-1", 10]]);
    // gpt-4o-mini does not reason (0 %); gpt-6-luna at 50 % writes twice the output:
    // 1,000,000 × $0.10 + 1,000,000 × $0.50 = $0.60.
    const luna = view.analysis.reprice.rows.find((r) => r.targetId === "gpt-6-luna" && r.tier === "standard");
    expect(luna).toMatchObject({ ok: true, monthly: "0.6" });
  });

  it("is redone under another reasoning assumption, keeping what does not depend on it", async () => {
    const r = await loadUsageView([USAGE, COSTS], catalog, { today });
    if (!r.ok) throw new Error(r.problems[0]!.message);
    const reasoning = { targetSharePercent: 50 };
    const again = reanalyzeView(r.view, catalog, { today, reasoning });
    expect(again.analysis).toEqual(usageView(r.view.aggregate, catalog, { today, reasoning, source: "file" }).analysis);
    expect(again.analysis).not.toEqual(r.view.analysis);
    expect([again.reconciliation, again.files, again.link]).toEqual([r.view.reconciliation, r.view.files, r.view.link]);
  });

  it("says when the usage is too large for a link", () => {
    const cells = Array.from({ length: 200 }, (_, i) =>
      usageCell(`custom-model-${i}`, "standard", { requests: 2 ** 40 + i, uncachedInput: 2 ** 45, output: 2 ** 44 }),
    );
    const view = usageView(aggregate(cells), catalog, { today, source: "file" });
    expect(view.link.ok).toBe(false);
    expect(!view.link.ok && view.link.message).toMatch(/^This usage has 200 model and tier combinations: its summary would take/);
  });
});
