import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { aggregate, usageCell } from "@/lib/usage/aggregate.test-helpers";
import { encodeLinkForm } from "@/lib/usage/permalink";

import { loadUsagePage } from "./usage-page";

vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);

beforeAll(() => void vi.stubEnv("NAVIGATOR_TODAY", "2026-11-25"));
afterAll(() => void vi.unstubAllEnvs());

// 30 days of the fixture's gamma-mini (retiring 2027-01-14, replaced by beta-lite): 30M input
// and 15M output tokens, $0.40 and $1.00 per 1M = $12 + $15 = $27.
const AGG = aggregate([usageCell("gamma-mini", "standard", { requests: 3000, uncachedInput: 30_000_000, output: 15_000_000 })]);
const encoded = encodeLinkForm(AGG);
const S = encoded.ok ? encoded.value : "";

describe("usage page loader", () => {
  it("renders a shared summary's view on the server", () => {
    const page = loadUsagePage({ sum: S });
    expect([page.ignored, page.problems, page.query]).toEqual([[], [], `?sum=${S}`]);
    expect(page.today).toBe("2026-11-25");
    expect(page.view?.source).toBe("link");
    expect(page.view?.analysis.totals).toMatchObject({ amount: "27", monthly: "27", complete: true });
    // On beta-lite: 30M × $0.10 + 15M × $0.50 = $10.50, 61.1111 % less.
    const [banner] = page.view!.analysis.banners;
    expect(banner).toMatchObject({
      familyId: "gamma-mini",
      suggestion: { recommended: true, row: { targetId: "beta-lite", monthly: "10.5", comparison: { percent: "-61.1111" } } },
    });
    expect(page.catalog.models.map((m) => m.id)).toContain("beta-lite");
  });

  it("applies the reasoning assumption of the link", () => {
    const page = loadUsagePage({ sum: S, rs: "50" });
    expect(page.state.reasoning).toBe(50);
    // alpha-mini reasons: at 50 % it writes twice gamma-mini's output (gamma-mini does not reason).
    const alpha = page.view!.analysis.reprice.rows.find((r) => r.targetId === "alpha-mini" && r.tier === "standard");
    // 30M × $0.75 + 30M × $4.50 = $157.50
    expect(alpha).toMatchObject({ ok: true, monthly: "157.5" });
  });

  it("says what is wrong with a summary it cannot read, and shows no figures", () => {
    const page = loadUsagePage({ sum: S.slice(0, 12) });
    expect(page.view).toBeNull();
    expect(page.ignored).toEqual([]);
    expect(page.problems).toEqual([
      { key: "sum", message: "This link's usage summary is damaged or incomplete (was the link cut off when it was copied?)." },
    ]);
    expect(page.query).toBe("");
  });

  it("an empty link is the empty page", () => {
    const page = loadUsagePage({});
    expect([page.view, page.ignored, page.problems, page.query]).toEqual([null, [], [], ""]);
  });
});
