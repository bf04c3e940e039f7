import { describe, expect, it } from "vitest";

import { daysUntilShutdown, effectiveStatus, isCallable, isRetiringSoon } from "./lifecycle";
import type { Lifecycle } from "./types";

const deprecated: Lifecycle = {
  status: "deprecated",
  source: "s",
  noticeDate: "2026-10-14",
  shutdownDate: "2027-01-14",
  replacements: [],
};

describe("lifecycle", () => {
  it("keeps the recorded status before the shutdown date", () => {
    expect(effectiveStatus(deprecated, "2026-11-25")).toBe("deprecated");
    expect(isCallable(deprecated, "2026-11-25")).toBe(true);
  });
  it("treats a passed shutdown date as shut down", () => {
    expect(effectiveStatus(deprecated, "2027-01-14")).toBe("shutdown");
    expect(isCallable(deprecated, "2027-02-01")).toBe(false);
  });
  it("counts days to shutdown", () => {
    expect(daysUntilShutdown(deprecated, "2026-11-25")).toBe(50);
    expect(daysUntilShutdown({ ...deprecated, shutdownDate: null }, "2026-11-25")).toBeNull();
  });
  it("warns within 90 days, not before and not after", () => {
    expect(isRetiringSoon(deprecated, "2026-11-25")).toBe(true);
    expect(isRetiringSoon(deprecated, "2026-09-01")).toBe(false);
    expect(isRetiringSoon(deprecated, "2027-01-20")).toBe(false);
  });
  it("never calls an unknown-status model callable", () => {
    expect(isCallable({ ...deprecated, status: "unknown", shutdownDate: null }, "2026-11-25")).toBe(false);
  });
});
