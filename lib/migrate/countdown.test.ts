import { describe, expect, it } from "vitest";

import { countdown } from "./countdown";
import { migrationModel } from "./fixtures.test-helpers";

describe("countdown", () => {
  const lc = migrationModel("gamma-mini").lifecycle;
  it("counts down to the day and flips to shut down on it", () => {
    expect(countdown(lc, "2027-01-13").headline).toBe("1 day until shutdown");
    expect(countdown(lc, "2027-01-14").headline).toBe("Shut down today");
    expect(countdown(lc, "2027-01-15").headline).toBe("Shut down 1 day ago");
  });

  it("says when there is nothing to count", () => {
    expect(countdown(migrationModel("beta-lite").lifecycle, "2026-11-25")).toEqual({
      status: "active",
      days: null,
      headline: "No shutdown announced",
      text: "Active: no deprecation in our sources.",
    });
    expect(countdown(migrationModel("zeta-old").lifecycle, "2026-11-25")).toMatchObject({
      status: "unknown",
      headline: "Status unknown",
    });
    const undated = { ...lc, shutdownDate: null };
    expect(countdown(undated, "2026-11-25")).toMatchObject({
      status: "deprecated",
      headline: "Deprecated",
      text: "Deprecated; no shutdown date published.",
    });
  });
});
