/**
 * The sharing pieces applied to views merged from other branches (wizard, migration planner):
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

describeInjectionProbes({
  route: "/wizard",
  keys: ["s", "p", "p2", "ti", "tl", "img", "aud", "wm", "in", "out", "rpd", "opr", "q", "lang"],
  echoedKeys: ["s", "p", "p2", "ti", "tl", "img", "aud", "wm", "in", "out", "rpd", "opr", "lang"],
});
describeInjectionProbes({
  route: "/migrate",
  keys: ["from", "to", "in", "out", "rsn", "req"],
  echoedKeys: ["from", "to", "in", "out", "rsn", "req"],
});
