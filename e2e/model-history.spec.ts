import { expect, test } from "@playwright/test";

/**
 * The model page through time (data/models, today pinned to 2026-11-25): its price history as a
 * step chart with a table twin, its lifecycle timeline with today marked, the calendar link, and
 * the short lifetime of day-dependent pages in every cache (and of no other route).
 */

test("gpt-5.6-luna: the preview price and the general-availability cut, as a chart and a table", async ({ page }) => {
  await page.goto("/models/gpt-5.6-luna");
  const history = page.getByRole("region", { name: "Price history" });
  // data/models/gpt-5.6-luna.json: preview $1.00 / $6.00 from 2026-06-26, $0.20 / $1.20 from 2026-07-09.
  await expect(history.getByRole("img")).toHaveAccessibleName(
    /^Price per 1M tokens from Jun 26, 2026 to Nov 25, 2026: Standard input \$1\.00 → \$0\.20; .*Standard output \$6\.00 → \$1\.20/,
  );
  const table = history.getByRole("table", { name: "Every dated price of gpt-5.6-luna, oldest first, USD per 1M tokens" });
  const rows = await table.getByRole("row").allInnerTexts();
  const flat = rows.map((r) => r.replace(/\s+/g, " ").trim());
  expect(flat.filter((r) => r.startsWith("Standard input"))).toEqual([
    expect.stringMatching(/^Standard input Jun 26, 2026 \$1\.00/),
  ]);
  expect(flat).toContainEqual(expect.stringMatching(/^Jul 9, 2026 \(current\) \$0\.20/));
  expect(flat).toContainEqual(expect.stringMatching(/^Jul 9, 2026 \(current\) \$1\.20/));
});

test("gpt-4o-mini: the timeline puts today between the notice and the scheduled shutdown, with a calendar link", async ({
  page,
}) => {
  await page.goto("/models/gpt-4o-mini");
  const timeline = page.getByRole("list", { name: "Timeline of gpt-4o-mini" });
  const items = (await timeline.getByRole("listitem").allInnerTexts()).map((t) => t.replace(/\s+/g, " ").trim());
  const todayAt = items.findIndex((t) => t === "Today, Nov 25, 2026");
  expect(todayAt).toBeGreaterThan(0);
  // Everything after today is scheduled; the shutdown on 2027-01-14 is the last event.
  expect(items.slice(todayAt + 1).every((t) => t.includes("scheduled"))).toBe(true);
  expect(items.at(-1)).toMatch(/^Jan 14, 2027 Shutdown scheduled Shuts down/);
  expect(items.slice(0, todayAt).some((t) => t.includes("scheduled"))).toBe(false);

  await expect(page.getByRole("link", { name: "Add shutdown dates to my calendar" })).toHaveAttribute(
    "href",
    "/feeds/lifecycle.ics?m=gpt-4o-mini",
  );
});
