import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { countdown } from "./countdown";

const byId = new Map(loadCatalog().map((e) => [e.id, e]));

describe("countdown", () => {
  const lc = byId.get("gpt-4o-mini")!.lifecycle;
  it("counts down to the day and flips to shut down on it", () => {
    expect(countdown(lc, "2027-01-13").headline).toBe("1 day until shutdown");
    expect(countdown(lc, "2027-01-14").headline).toBe("Shut down today");
    expect(countdown(lc, "2027-01-15").headline).toBe("Shut down 1 day ago");
  });
});
