/**
 * The sharing pieces applied to views merged from other branches (wizard, migration planner,
 * calculator, charts):
 * state-aware titles and share images, and injection probes in every parameter.
 */
import { expect, test } from "@playwright/test";

import { describeInjectionProbes, pngSize } from "./hostile";

test("the wizard's result link names its shortlist, and its preview is a 1200×630 PNG", async ({ page, request }) => {
  await page.goto("/wizard?s=result&p=cost&tl=8000&img=no&in=1000000&out=500000");
  await expect(page).toHaveTitle(/^Shortlist: [a-z0-9., -]+ · Small Model Navigator$/);
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
  expect(image.searchParams.get("view")).toBe("wizard");
  expect(image.searchParams.get("s")).toBe("result");
  const res = await request.get(image.pathname + image.search);
  expect(res.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
});

test("the planner's link names the migration, and its preview is a 1200×630 PNG", async ({ page, request }) => {
  await page.goto("/migrate?from=gpt-4.1-nano");
  await expect(page).toHaveTitle(/^Migrate from gpt-4\.1-nano to [a-z0-9.-]+ · Small Model Navigator$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /Per month: \$/);
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
  expect(image.pathname + image.search).toBe("/api/og?view=migrate&from=gpt-4.1-nano");
  expect(pngSize(await (await request.get(image.pathname + image.search)).body())).toEqual({ width: 1200, height: 630 });
});

test("the calculator's link names the workload and the cheapest monthly cost", async ({ page, request }) => {
  await page.goto("/calculator?m=gpt-5.4-mini,gpt-5.4-nano");
  // gpt-5.4-nano: (1M × $0.20 + 0.5M × $1.25) / 1M × 30 days = $24.75
  await expect(page).toHaveTitle("Monthly cost: gpt-5.4-nano from $24.75 · Small Model Navigator");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    "content",
    /1,000,000 input \+ 500,000 output tokens a day, Standard tier/,
  );
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
  expect(image.pathname + image.search).toBe("/api/og?view=calculator&m=gpt-5.4-mini,gpt-5.4-nano");
  expect(pngSize(await (await request.get(image.pathname + image.search)).body())).toEqual({ width: 1200, height: 630 });
});

test("the charts' link names the benchmark and tier", async ({ page, request }) => {
  await page.goto("/charts?b=gpqa-diamond&tier=batch");
  await expect(page).toHaveTitle("Charts: GPQA Diamond scores, Batch prices · Small Model Navigator");
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content"))!);
  expect(image.pathname + image.search).toBe("/api/og?view=charts&b=gpqa-diamond&tier=batch");
  expect(pngSize(await (await request.get(image.pathname + image.search)).body())).toEqual({ width: 1200, height: 630 });
});

const CALCULATOR_KEYS = [
  "mode",
  "in",
  "out",
  "rsn",
  "req",
  "inr",
  "outr",
  "rsnr",
  "cache",
  "days",
  "tier",
  "preset",
  "m",
  "budget",
  "retired",
  "snap",
  "sort",
  "axis",
];
describeInjectionProbes({ route: "/calculator", keys: CALCULATOR_KEYS, echoedKeys: CALCULATOR_KEYS });
const CHARTS_KEYS = ["b", "tier", "scale", "qb", "mix", "qscale", "m", "old", "tbl", "sb", "sp", "sc", "sq"];
describeInjectionProbes({ route: "/charts", keys: CHARTS_KEYS, echoedKeys: CHARTS_KEYS });
describeInjectionProbes({
  route: "/wizard",
  // `q` is the old name of `prompt`, still read.
  keys: ["s", "p", "p2", "ti", "tl", "img", "aud", "wm", "in", "out", "rpd", "opr", "prompt", "q", "lang"],
  echoedKeys: ["s", "p", "p2", "ti", "tl", "img", "aud", "wm", "in", "out", "rpd", "opr", "lang"],
});
describeInjectionProbes({
  route: "/migrate",
  // `req` is the old name of `tpr`, still read.
  keys: ["from", "to", "in", "out", "rsn", "tpr", "req"],
  echoedKeys: ["from", "to", "in", "out", "rsn", "tpr", "req"],
});
