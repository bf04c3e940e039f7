import { describe, expect, it } from "vitest";

import { zeroCounts } from "./cells";
import type { CostBucket, UsageBucket } from "./collect";
import { dedupe, mergeCosts, mergeUsage } from "./merge";
import { DAY, DAY0 } from "./pages.test-helpers";

const cell = (model: string, output: number) => ({ model, tier: "standard" as const, ...zeroCounts(), requests: 1, output });
const ub = (day: number, page: string | null, cells: ReturnType<typeof cell>[], hours = 24): UsageBucket => ({
  start: DAY0 + day * DAY,
  end: DAY0 + day * DAY + hours * 3600,
  page,
  cells,
  fingerprint: `${day}|${hours}|${JSON.stringify(cells)}`,
});
const reports = { batch: false, serviceTier: false, cacheWrite: false, imageTokens: false };

describe("dedupe", () => {
  it("drops a bucket seen before with the same times and figures, and counts whole duplicate pages", () => {
    const a = ub(0, "0#0", [cell("m", 1)]);
    const b = ub(1, "0#0", [cell("m", 2)]);
    const d = dedupe([a, b, { ...a, page: "1#0" }, { ...b, page: "1#0" }, { ...a, page: "1#1" }, ub(2, "1#1", [cell("m", 3)])]);
    expect(d.kept).toHaveLength(3);
    expect(d.duplicateBuckets).toBe(3);
    expect(d.duplicatePages).toBe(1);
    expect(d.overlappingBuckets).toBe(0);
  });

  it("keeps and counts a bucket with the same times but other figures", () => {
    const d = dedupe([ub(0, null, [cell("m", 1)]), ub(0, null, [cell("m", 9)])]);
    expect(d.kept).toHaveLength(2);
    expect(d.overlappingBuckets).toBe(1);
  });
});

describe("mergeUsage", () => {
  it("adds files into daily cells and a period from the first start to the last end", () => {
    const data = mergeUsage([
      { buckets: [ub(0, null, [cell("m", 1)], 1), ub(0, null, [cell("m", 2)], 2)], pages: 0, records: 2, reports },
      { buckets: [ub(3, "1#0", [cell("m", 4), cell("n", 8)])], pages: 1, records: 2, reports: { ...reports, batch: true } },
    ]);
    expect(data?.aggregate.period).toEqual({ start: DAY0, end: DAY0 + 4 * DAY });
    expect(data?.aggregate.cells.map((c) => [c.model, c.output, c.requests])).toEqual([
      ["m", 7, 3],
      ["n", 8, 1],
    ]);
    expect(data?.aggregate.reports.batch).toBe(true);
    expect(data?.daily.map((d) => [d.day, d.cells.map((c) => c.output)])).toEqual([
      [DAY0, [3]],
      [DAY0 + 3 * DAY, [4, 8]],
    ]);
    expect(data?.stats).toEqual({
      files: 2,
      pages: 1,
      records: 4,
      buckets: 3,
      duplicateBuckets: 0,
      duplicatePages: 0,
      overlappingBuckets: 1,
    });
  });

  it("has no period and no cells for files without buckets", () => {
    expect(mergeUsage([{ buckets: [], pages: 1, records: 0, reports }])?.aggregate).toEqual({ period: null, cells: [], reports });
  });

  it("returns null when totals would pass 2^53", () => {
    const big = cell("m", Number.MAX_SAFE_INTEGER);
    expect(mergeUsage([{ buckets: [ub(0, null, [big]), ub(1, null, [big])], pages: 0, records: 2, reports }])).toBeNull();
  });
});

describe("mergeCosts", () => {
  const cb = (day: number, lines: CostBucket["lines"]): CostBucket => ({
    start: DAY0 + day * DAY,
    end: DAY0 + (day + 1) * DAY,
    page: null,
    lines,
    fingerprint: `${day}|${JSON.stringify(lines)}`,
  });

  it("sums each line item exactly, by day and in total", () => {
    const costs = mergeCosts(
      [
        {
          buckets: [
            cb(0, [{ lineItem: "x, input", amount: "0.1", quantity: "10", quantityUnit: "tokens" }]),
            cb(1, [
              { lineItem: "x, input", amount: "0.2", quantity: "20", quantityUnit: "tokens" },
              { lineItem: "x, output", amount: "0.000000000000000000003", quantity: null, quantityUnit: null },
            ]),
          ],
          pages: 0,
          records: 3,
          currency: "usd",
        },
      ],
      "usd",
    );
    expect(costs.lines).toEqual([
      {
        lineItem: "x, input",
        amount: "0.3",
        quantity: "30",
        quantityUnit: "tokens",
        daily: [
          { day: DAY0, amount: "0.1", quantity: "10" },
          { day: DAY0 + DAY, amount: "0.2", quantity: "20" },
        ],
      },
      {
        lineItem: "x, output",
        amount: "0.000000000000000000003",
        quantity: null,
        quantityUnit: null,
        daily: [{ day: DAY0 + DAY, amount: "0.000000000000000000003", quantity: null }],
      },
    ]);
    expect(costs.total).toBe("0.300000000000000000003");
    expect(costs.period).toEqual({ start: DAY0, end: DAY0 + 2 * DAY });
  });
});
