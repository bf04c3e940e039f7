import { describe, expect, it } from "vitest";

import { loadCompareParams } from "@/lib/url/compare";
import { loadMigrateParams, migrateWorkload } from "@/lib/url/migrate";
import { SUGGESTED } from "@/lib/url/wizard";

import { ARTICLE_WORKLOAD } from "./article-workload";
import { PRESETS } from "./presets";
import { DEFAULT_INPUTS, toWorkload } from "./workload";

describe("the article's workload", () => {
  it("is 1M input + 500K output tokens a day over a 30-day month, nothing else", () => {
    const { inputTokensPerDay, outputTokensPerDay, daysPerMonth, ...rest } = ARTICLE_WORKLOAD;
    expect([inputTokensPerDay, outputTokensPerDay, daysPerMonth]).toEqual([1_000_000, 500_000, 30]);
    expect(rest).toEqual({ reasoningTokensPerDay: 0, cachedPercent: 0, inputTokensPerRequest: null });
  });

  it("is where every view that prices a workload starts", () => {
    expect(toWorkload(DEFAULT_INPUTS)).toMatchObject(ARTICLE_WORKLOAD);
    expect(toWorkload(PRESETS.find((p) => p.id === "article")!.inputs)).toMatchObject(ARTICLE_WORKLOAD);
    expect(migrateWorkload(loadMigrateParams({}))).toEqual(ARTICLE_WORKLOAD);
    const compare = loadCompareParams({});
    expect([compare.inputPerDay, compare.outputPerDay]).toEqual([
      ARTICLE_WORKLOAD.inputTokensPerDay,
      ARTICLE_WORKLOAD.outputTokensPerDay,
    ]);
    expect([SUGGESTED.inputTokensPerDay, SUGGESTED.outputTokensPerDay]).toEqual([
      ARTICLE_WORKLOAD.inputTokensPerDay,
      ARTICLE_WORKLOAD.outputTokensPerDay,
    ]);
  });

  it("is what the presets' texts state, with the month every preset prices", () => {
    const [article, support, rag, batch] = PRESETS;
    expect(article!.summary).toBe("1M input + 500K output tokens a day, its three models");
    expect(article!.assumptions[0]).toBe(
      "1,000,000 input and 500,000 output tokens a day; a 30-day month (the article's assumptions).",
    );
    expect(support!.assumptions[3]).toBe(
      "No extra reasoning tokens (reasoning effort set to its lowest), Standard tier, 30-day month.",
    );
    expect(rag!.assumptions[3]).toBe("Standard tier, 30-day month.");
    expect(batch!.assumptions[3]).toBe("30 nights a month.");
    expect(PRESETS.map((p) => p.inputs.daysPerMonth)).toEqual([30, 30, 30, 30]);
  });
});
