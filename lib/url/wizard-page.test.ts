import { describe, expect, it, vi } from "vitest";

import { FIXTURE_TODAY } from "@/lib/catalog/fixture.test-helpers";

import { loadWizardPage } from "./wizard-page";

// The loader reads the catalog itself: give it the fixture catalog (tests/fixtures/catalog/).
vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);
vi.stubEnv("NAVIGATOR_TODAY", FIXTURE_TODAY);

describe("wizard page loader", () => {
  it("reads the link once: contradictions dropped and named, and where a link past a missing answer lands", () => {
    const page = loadWizardPage({ s: "result", p: "cost", p2: "cost", ti: "9000", tl: "8000", img: "maybe" });
    expect(page.state).toMatchObject({
      step: "result",
      primary: "cost",
      secondary: null,
      typical: null,
      largest: 8000,
      images: null,
    });
    expect(page.ignored).toEqual([
      { key: "img", value: "maybe" },
      { key: "p2", value: "cost (same as the first priority)" },
      { key: "ti", value: "9000 (larger than the largest input)" },
    ]);
    expect(page.problems).toEqual([]);
    expect(page.landedFrom).toBe("result");
    expect(page.query).toBe("?s=result&p=cost&tl=8000");
  });

  it("ranks the catalog's models (no snapshots) and quotes facts about the callable small ones", () => {
    const page = loadWizardPage({});
    expect(page.candidates.map((c) => c.id)).toEqual([
      "alpha-mini",
      "alpha-nano",
      "beta-lite",
      "delta-nano",
      "gamma-mini",
      "gamma-nano",
      "omega",
      "zeta-old",
    ]);
    // Callable small models on 2026-11-25: alpha-mini, alpha-nano, beta-lite, delta-nano (until
    // Dec 11) and gamma-mini (until Jan 14). gamma-nano is shut down, omega is full-size,
    // zeta-old's status is unknown. All but text-only delta-nano take images; none takes audio.
    // Input limits: max input where published (beta-lite 922K), else the context window.
    expect(page.facts).toEqual({
      callableSmall: 5,
      takeImages: 4,
      takeAudio: 0,
      largestInputLimit: 1_047_576,
      inputLimits: [400_000, 400_000, 922_000, 128_000, 1_047_576],
    });
    expect(page.today).toBe(FIXTURE_TODAY);
  });

  it("an empty link is step 1 with nothing to report", () => {
    const page = loadWizardPage({});
    expect([page.state.step, page.landedFrom, page.ignored, page.problems, page.query]).toEqual([1, null, [], [], ""]);
  });
});
