import { describe, expect, it } from "vitest";

import { fixtureEntry } from "./fixture.test-helpers";
import {
  daysUntilShutdown,
  effectiveStatus,
  isCallable,
  isCallableStatus,
  isRetiringSoon,
  STATUS_ON_LABEL,
  statusOn,
} from "./lifecycle";
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
  it("counts day 90 as retiring soon, day 91 not, and the shutdown day itself as gone, not soon", () => {
    // 2027-01-14 minus 90 days is 2026-10-16.
    expect(daysUntilShutdown(deprecated, "2026-10-16")).toBe(90);
    expect(isRetiringSoon(deprecated, "2026-10-16")).toBe(true);
    expect(isRetiringSoon(deprecated, "2026-10-15")).toBe(false);
    // The day before the shutdown: 1 day left, the last day it warns.
    expect(isRetiringSoon(deprecated, "2027-01-13")).toBe(true);
    expect(isRetiringSoon(deprecated, "2027-01-14")).toBe(false);
    expect(isRetiringSoon({ ...deprecated, shutdownDate: null }, "2026-11-25")).toBe(false);
  });
  it("shuts down on the shutdown day, not the day before, whatever the recorded status", () => {
    expect(effectiveStatus(deprecated, "2027-01-13")).toBe("deprecated");
    expect(effectiveStatus({ ...deprecated, status: "active" }, "2027-01-14")).toBe("shutdown");
    expect(effectiveStatus({ ...deprecated, status: "unknown", shutdownDate: null }, "2030-01-01")).toBe("unknown");
    expect(daysUntilShutdown(deprecated, "2027-01-20")).toBe(-6);
  });
  it("calls active and deprecated models callable, shut-down ones not", () => {
    expect(isCallable({ ...deprecated, status: "active", shutdownDate: null }, "2026-11-25")).toBe(true);
    expect(isCallable(deprecated, "2027-01-13")).toBe(true);
    expect(isCallable(deprecated, "2027-01-14")).toBe(false);
    expect(isCallable({ ...deprecated, status: "shutdown", shutdownDate: null }, "2026-11-25")).toBe(false);
  });
  it("never calls an unknown-status model callable", () => {
    expect(isCallable({ ...deprecated, status: "unknown", shutdownDate: null }, "2026-11-25")).toBe(false);
  });
});

describe("statusOn: the status on any day, from the dated events", () => {
  // Fixture lifecycles (verified 2026-11-20): delta-nano released 2025-08-07, notice 2026-09-11,
  // shutdown 2026-12-11; gamma-nano notice 2026-04-23, shut down 2026-10-23; beta-lite released
  // 2026-06-01; zeta-old status unknown, no dates.
  const delta = fixtureEntry("delta-nano");
  it("is unreleased before the release, active until the notice, deprecated from it, shut down from the shutdown", () => {
    expect(statusOn(delta, "2025-08-06")).toBe("unreleased");
    expect(statusOn(delta, "2025-08-07")).toBe("active");
    expect(statusOn(delta, "2026-09-10")).toBe("active");
    expect(statusOn(delta, "2026-09-11")).toBe("deprecated");
    expect(statusOn(delta, "2026-12-10")).toBe("deprecated");
    expect(statusOn(delta, "2026-12-11")).toBe("shutdown");
  });
  it("reads a shut-down model as active on days before its notice (the recorded status speaks only from its check)", () => {
    expect(statusOn(fixtureEntry("gamma-nano"), "2025-04-15")).toBe("active");
    expect(statusOn(fixtureEntry("gamma-nano"), "2026-05-01")).toBe("deprecated");
    expect(statusOn(fixtureEntry("gamma-nano"), "2026-11-25")).toBe("shutdown");
  });
  it("keeps an unknown status unknown, and a model not yet released unreleased", () => {
    expect(statusOn(fixtureEntry("zeta-old"), "2025-01-01")).toBe("unknown");
    expect(statusOn(fixtureEntry("zeta-old"), "2026-11-25")).toBe("unknown");
    expect(statusOn(fixtureEntry("beta-lite"), "2026-05-31")).toBe("unreleased");
    expect(statusOn(fixtureEntry("beta-lite"), "2026-11-25")).toBe("active");
  });
});

describe("a status on any day", () => {
  it("is callable only when released and not shut down or unknown, and says so", () => {
    expect((["active", "deprecated", "shutdown", "unknown", "unreleased"] as const).map(isCallableStatus)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(STATUS_ON_LABEL.unreleased).toBe("Not yet released");
    expect(STATUS_ON_LABEL.shutdown).toBe("Shut down");
  });
});
