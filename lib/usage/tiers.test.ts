import { describe, expect, it } from "vitest";

import { compareTiers, tierLabel, usageTier } from "./tiers";

describe("usageTier", () => {
  it("maps the Usage API's tiers to the catalog's", () => {
    expect(usageTier(false, "default")).toBe("standard");
    expect(usageTier(null, null)).toBe("standard");
    expect(usageTier(true, "default")).toBe("batch");
    expect(usageTier(false, "flex")).toBe("flex");
    expect(usageTier(false, "priority")).toBe("fast");
    expect(usageTier(false, "Fast")).toBe("fast");
  });

  it("keeps a tier the catalog cannot price under its own name", () => {
    expect(usageTier(false, "scale")).toBe("other:scale");
    expect(usageTier(false, "Some Tier!")).toBe("other:some-tier-");
    expect(tierLabel("other:scale")).toBe("“scale” tier");
    expect(tierLabel("fast")).toBe("Fast mode");
  });

  it("orders tiers as the pickers do, unknown tiers last", () => {
    const tiers = ["other:scale", "fast", "standard", "batch"] as const;
    expect([...tiers].sort(compareTiers)).toEqual(["standard", "batch", "fast", "other:scale"]);
  });
});
