import { describe, expect, it } from "vitest";

import { model } from "./fixtures.test-helpers";
import { formatScore, lifecycleText, pointLabel, shortLifecycle, sizeText } from "./labels";

describe("lifecycle and size words", () => {
  const full = model("gpt-4o", { size: "full-size", status: "deprecated", shutdownDate: "2027-01-14" });
  const snap = model("gpt-4o-2024-05-13", {
    kind: "snapshot",
    aliasId: "gpt-4o",
    size: "full-size",
    status: "shutdown",
    shutdownDate: "2026-10-23",
    callable: false,
  });

  it("says status, size and snapshot briefly for ticks", () => {
    expect(shortLifecycle(model("a"))).toBe("Active");
    expect(shortLifecycle(full)).toBe("Deprecated · full-size");
    expect(shortLifecycle(snap)).toBe("Shut down · snapshot");
    expect(shortLifecycle(model("o1-mini", { status: "unknown", callable: false }))).toBe("Status unknown");
  });
  it("gives dates in tooltips and tables", () => {
    expect(lifecycleText(full)).toBe("Deprecated, shuts down Jan 14, 2027");
    expect(lifecycleText(snap)).toBe("Shut down Oct 23, 2026");
    expect(sizeText(snap)).toBe("full-size reference, dated snapshot of gpt-4o");
    expect(sizeText(model("a"))).toBe("small");
  });
  it("labels a point with what keeps it from being a pick", () => {
    expect(pointLabel(model("a"))).toBe("a");
    expect(pointLabel({ ...full, standing: "leaving" })).toBe("gpt-4o (retiring)");
    expect(pointLabel({ ...snap, standing: "gone" })).toBe("gpt-4o-2024-05-13 (shut down)");
    expect(pointLabel(model("o1-mini", { status: "unknown", callable: false, standing: "gone" }))).toBe(
      "o1-mini (status unknown)",
    );
  });
  it("formats scores in their unit", () => {
    expect(formatScore(87.5, "%")).toBe("87.5%");
    expect(formatScore(13, "index")).toBe("13");
    expect(formatScore(55.8, "score")).toBe("55.8");
  });
});
