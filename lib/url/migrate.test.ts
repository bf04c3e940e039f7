import { describe, expect, it } from "vitest";

import {
  ignoredMigrateParams,
  loadMigrateParams,
  migrateCalendarHref,
  migrateHref,
  migratePlanHref,
  migrateWorkload,
  sanitizeMigrateState,
  serializeMigrate,
} from "./migrate";

const ids = new Set(["gpt-4o-mini", "gpt-6-luna", "gpt-5-mini"]);
const known = {
  ids,
  targetsOf: (from: string) => new Set([...ids, ...(from === "gpt-5-mini" ? ["gpt-6.1-terra"] : [])]),
};
const sp = (q: string) => Object.fromEntries(new URLSearchParams(q));
/** An empty link's state: the article's workload, nothing chosen. */
const DEFAULT_STATE = {
  from: null,
  to: null,
  inPerDay: 1_000_000,
  outPerDay: 500_000,
  reasoningPerDay: 0,
  perRequest: null,
  fineTuning: false,
};

describe("migration planner URL contract", () => {
  it("reads from, to and the workload, with the article's workload as default", () => {
    const s = loadMigrateParams(sp("from=gpt-4o-mini"));
    expect(s).toEqual({ ...DEFAULT_STATE, from: "gpt-4o-mini" });
    expect(migrateWorkload(s)).toMatchObject({
      inputTokensPerDay: 1_000_000,
      outputTokensPerDay: 500_000,
      daysPerMonth: 30,
      inputTokensPerRequest: null,
    });
  });

  it("accepts a replacement that is not in the catalog as a target of its own model only", () => {
    expect(ignoredMigrateParams(sp("from=gpt-5-mini&to=gpt-6.1-terra"), known)).toEqual([]);
    expect(ignoredMigrateParams(sp("from=gpt-4o-mini&to=gpt-6.1-terra"), known).map((i) => i.key)).toEqual(["to"]);
  });

  it("ignores unknown IDs and unreadable numbers, and says which", () => {
    const q = "from=gpt-9&to=NOPE&in=-1&out=1e9&rsn=99999999999999&req=0&ft=yes";
    expect(ignoredMigrateParams(sp(q), known).map((i) => i.key)).toEqual(["from", "to", "in", "out", "rsn", "req", "ft"]);
    const s = sanitizeMigrateState(loadMigrateParams(sp(q)), known);
    expect(s).toEqual(DEFAULT_STATE);
  });

  it("builds short links: model pages and the wizard use /migrate?from=<id>", () => {
    expect(migrateHref("gpt-4o-mini")).toBe("/migrate?from=gpt-4o-mini");
    expect(migrateHref("gpt-4o-mini", { inputTokensPerDay: 2_000_000, outputTokensPerDay: 500_000 })).toBe(
      "/migrate?from=gpt-4o-mini&in=2000000",
    );
    // A workload beyond the planner's ceiling is carried at the ceiling rather than ignored.
    expect(migrateHref("gpt-4o-mini", { inputTokensPerDay: 1e12, outputTokensPerDay: 500_000 })).toBe(
      "/migrate?from=gpt-4o-mini&in=10000000000",
    );
    expect(migratePlanHref(loadMigrateParams(sp("from=gpt-5-mini&to=gpt-6-luna&out=1")))).toBe(
      "/migrate?from=gpt-5-mini&to=gpt-6-luna&out=1",
    );
    expect(serializeMigrate("/migrate", { from: "gpt-5-mini", to: "gpt-6-luna", perRequest: 300_000 })).toBe(
      "/migrate?from=gpt-5-mini&to=gpt-6-luna&tpr=300000",
    );
    expect(migrateCalendarHref({ from: "gpt-4.1-nano", inPerDay: 2_000_000, to: null })).toBe(
      "/migrate/calendar?from=gpt-4.1-nano&in=2000000",
    );
    // "I use fine-tuning": the replacement must offer it.
    expect(loadMigrateParams(sp("from=gpt-4o-mini&ft=1")).fineTuning).toBe(true);
    expect(migratePlanHref({ from: "gpt-4o-mini", fineTuning: true })).toBe("/migrate?from=gpt-4o-mini&ft=1");
    expect(migratePlanHref({ from: "gpt-4o-mini", fineTuning: false })).toBe("/migrate?from=gpt-4o-mini");
  });

  it("still reads tokens per request under its old key, req, without a notice (the calculator's req is requests per day)", () => {
    const old = sp("from=gpt-5-mini&req=300000");
    expect(loadMigrateParams(old).perRequest).toBe(300_000);
    expect(ignoredMigrateParams(old, known)).toEqual([]);
    expect(migratePlanHref(loadMigrateParams(old))).toBe("/migrate?from=gpt-5-mini&tpr=300000");
    // The new key wins when a link carries both; an unreadable old value is named under its own key.
    expect(loadMigrateParams(sp("req=300000&tpr=2000")).perRequest).toBe(2_000);
    expect(ignoredMigrateParams(sp("req=lots"), known)).toEqual([{ key: "req", value: "lots" }]);
  });
});
