import { describe, expect, it } from "vitest";

import { ctx, entries, row } from "./fixtures.test-helpers";
import { buildCompareTable } from "./table";

// delta-nano: notice 2026-09-11, shutdown 2026-12-11; replacements delta-next (read 2026-11-25)
// then delta-alt (read 2026-06-11). gamma-mini: notice 2026-07-14, shutdown 2027-01-14, beta-lite
// read 2026-10-27. alpha-nano: released 2026-03-01, no shutdown.
const on = (day: string) => buildCompareTable(entries("delta-nano", "gamma-mini", "alpha-nano"), { ...ctx, day });
const texts = (day: string, key: string) => row(on(day), key).cells.map((c) => c.text);

describe("compare's lifecycle rows as known on the day compared", () => {
  it("shows today's dates and recommendations on today", () => {
    expect(texts(ctx.day, "shutdown")).toEqual(["Dec 11, 2026", "Jan 14, 2027", "None announced"]);
    expect(texts(ctx.day, "replacement")).toEqual(["delta-next", "beta-lite", "None"]);
    expect(on(ctx.day).models.map((m) => m.replacement)).toEqual(["delta-next", "beta-lite", null]);
  });

  it("hides a shutdown whose notice was still to come, and says when it came", () => {
    const shutdown = row(on("2026-08-01"), "shutdown");
    expect(shutdown.cells.map((c) => c.text)).toEqual(["Not announced yet", "Jan 14, 2027", "None announced"]);
    expect(shutdown.cells[0]!.note).toBe("Announced Sep 11, 2026");
    expect(shutdown.cells[0]!.value).toBeNull();
  });

  it("names the replacement of that day's reading, or none yet", () => {
    // Before delta-nano's notice: none; gamma-mini's beta-lite was not read until 2026-10-27.
    expect(texts("2026-08-01", "replacement")).toEqual(["None yet", "None yet", "None"]);
    // After the notice, the reading of that time (delta-alt), not today's (delta-next).
    expect(texts("2026-10-01", "replacement")).toEqual(["delta-alt", "None yet", "None"]);
    expect(on("2026-10-01").models.map((m) => m.replacement)).toEqual(["delta-alt", null, null]);
    expect(texts("2026-11-25", "replacement")).toEqual(["delta-next", "beta-lite", "None"]);
  });

  it("says a model not yet released has no lifecycle figures yet", () => {
    expect(texts("2026-02-01", "shutdown")[2]).toBe("not yet released");
    expect(texts("2026-02-01", "replacement")[2]).toBe("not yet released");
  });
});
