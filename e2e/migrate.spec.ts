import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";

import { parseCsv } from "../lib/export/csv-reader.test-helpers";
import { chooseTheme, expectNoAxeViolations, expectNoSidewaysOverflow, params, trackErrors } from "./helpers";

// The server pins NAVIGATOR_TODAY=2026-11-25: gpt-4o-mini shuts down on 2027-01-14, 50 days later.

async function costs(page: Page) {
  return Promise.all(["cost-before", "cost-after", "cost-delta"].map((id) => page.getByTestId(id).innerText()));
}

test("gpt-4o-mini: shutdown date, countdown, replacement with its date, what changes and the cost delta", async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto("/migrate?from=gpt-4o-mini");
  await expect(page.getByLabel("I use model")).toHaveValue("gpt-4o-mini");
  await expect(page.getByTestId("countdown")).toHaveText(
    "50 days until shutdown. Shuts down on Jan 14, 2027 (today is Nov 25, 2026).",
  );
  const replacement = page.getByRole("listitem").filter({ hasText: "recommended" }).first();
  await expect(replacement.getByRole("link", { name: "gpt-6-luna", exact: true })).toHaveAttribute("href", "/models/gpt-6-luna");
  await expect(replacement.getByRole("link", { name: /^Source for replacement gpt-6-luna/ })).toHaveAttribute(
    "href",
    /^https:\/\//,
  );
  await expect(replacement).toContainText("Recommendation as read on Oct 27, 2026");
  await expect(page.getByLabel("Compare with")).toHaveValue("gpt-6-luna");

  // The article's workload (1M in + 500K out a day): $0.45 → $0.35 a day.
  expect(await costs(page)).toEqual(["$13.50", "$10.50", "-$3.00"]);
  await expect(page.getByText("saves 22.2%")).toBeVisible();

  const table = page.getByRole("table");
  await expect(table.getByRole("row", { name: /Input price/ })).toContainText("$0.15");
  await expect(table.getByRole("row", { name: /Input price/ })).toContainText("$0.10");
  await expect(table.getByRole("row", { name: /^Context window/ })).toContainText("128,000");
  await expect(table.getByRole("row", { name: /^Context window/ })).toContainText("1,050,000");
  await expect(table.getByRole("row", { name: /Fine-tuning/ })).toContainText("changed: worse");
  await expect(table.getByRole("row", { name: /^Reasoning/ })).toContainText("default effort medium");
  expect(errors).toEqual([]);
});

test("the plan downloads as CSV and JSON: costs, replacement and every changed row as shown", async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto("/migrate?from=gpt-4o-mini&in=2000000");
  expect(await costs(page)).toEqual(["$18.00", "$13.50", "-$4.50"]);
  const table = page.getByRole("table");
  const labels = await table.getByRole("rowheader").allInnerTexts();
  // Body rows: [before, after, verdict] as shown (the after cell ends with its verdict line).
  const shownRows: string[][] = [];
  for (const tr of (await table.getByRole("row").all()).slice(1)) {
    const [before, after] = (await tr.getByRole("cell").allInnerTexts()).map((t) => t.trim());
    const [value, verdict] = after!.split("\n");
    shownRows.push([before!, value!.trim(), verdict!.trim()]);
  }
  const shown = (label: string) => shownRows[labels.indexOf(label)]!;
  const usd = (v: string) =>
    new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2 }).format(Number(v));

  const [csvFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  expect(csvFile.suggestedFilename()).toMatch(/^migrate-\d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = parseCsv(fs.readFileSync((await csvFile.path())!, "utf8"));
  expect(header).toEqual([
    "Section",
    "Field",
    "Unit",
    "Before: gpt-4o-mini",
    "After: gpt-6-luna",
    "Difference (after − before)",
    "Change",
    "Note",
  ]);
  const row = (field: string) => rows.find((r) => r[1] === field)!;
  // The cost boxes: before, after and the difference, exact.
  const month = row("Cost per month, Standard tier");
  expect([usd(month[3]!), usd(month[4]!), month[5]]).toEqual(["$18.00", "$13.50", "-4.5"]);
  await expect(page.getByText(month[6]!, { exact: true })).toBeVisible(); // "saves 25%"
  expect(row("Input tokens per day").slice(3, 5)).toEqual(["2000000", "2000000"]);
  expect(row("Recommended replacement")[4]).toBe("gpt-6-luna");
  expect(row("Recommended replacement")[7]).toMatch(/^read on 2026-10-27; Active; source: /);
  expect(row("Countdown")[3]).toBe("50 days until shutdown");
  // The side-by-side: every row in order, its change in the table's words, prices and sizes as numbers.
  const changes = rows.filter((r) => r[0] === "What changes");
  expect(changes.map((r) => r[1])).toEqual(labels);
  expect(changes.map((r) => r[6])).toEqual(shownRows.map((r) => r[2]));
  expect([usd(row("Input price (per 1M tokens)")[3]!), usd(row("Input price (per 1M tokens)")[4]!)]).toEqual(
    shown("Input price (per 1M tokens)").slice(0, 2),
  );
  expect(
    row("Context window (tokens)")
      .slice(3, 5)
      .map((v) => Number(v).toLocaleString("en-US")),
  ).toEqual(shown("Context window (tokens)").slice(0, 2));
  expect(row("Fine-tuning").slice(3, 5)).toEqual(["yes", "no"]);

  const [jsonFile] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download JSON" }).click(),
  ]);
  const json = JSON.parse(fs.readFileSync((await jsonFile.path())!, "utf8"));
  expect(json).toMatchObject({
    view: "migrate",
    link: "/migrate?from=gpt-4o-mini&in=2000000",
    title: "Migration plan: gpt-4o-mini to gpt-6-luna",
  });
  expect(json.rows.find((r: { field: string }) => r.field === "Cost per month, Standard tier")).toMatchObject({
    before: "18",
    after: "13.5",
    difference: "-4.5",
  });
  expect(json.rows.find((r: { field: string }) => r.field === "Max output (tokens)")).toMatchObject({
    unit: "tokens",
    before: 16384,
    after: 128000,
  });
  await expect(page.getByRole("status").filter({ hasText: `Downloaded ${json.rows.length} rows as JSON` })).toBeVisible();
  expect(errors).toEqual([]);
});

test("the workload is in the link: edit, reload, copy and open fresh", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/migrate?from=gpt-4o-mini");
  await page.getByLabel("Input tokens per day").fill("2000000");
  await expect.poll(() => params(page).get("in")).toBe("2000000");
  // 2M × $0.15 + 0.5M × $0.60 = $0.60/day → $18.00; gpt-6-luna: $0.20 + $0.25 = $0.45/day → $13.50.
  expect(await costs(page)).toEqual(["$18.00", "$13.50", "-$4.50"]);
  await page.getByLabel("Reasoning tokens per day").fill("100000");
  await expect.poll(() => params(page).get("rsn")).toBe("100000");
  // Reasoning tokens bill as output on gpt-6-luna only: + $0.05/day.
  expect(await costs(page)).toEqual(["$18.00", "$15.00", "-$3.00"]);

  await page.reload();
  await expect(page.getByLabel("Input tokens per day")).toHaveValue("2,000,000");
  expect(await costs(page)).toEqual(["$18.00", "$15.00", "-$3.00"]);

  await page.getByRole("button", { name: "Copy link to this plan" }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).search).toBe("?from=gpt-4o-mini&in=2000000&rsn=100000");
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  expect(await costs(other)).toEqual(["$18.00", "$15.00", "-$3.00"]);
  await fresh.close();
});

test("choosing models by keyboard; a replacement not in the catalog is named but never priced", async ({ page }) => {
  await page.goto("/migrate");
  const from = page.getByLabel("I use model");
  await from.focus();
  await from.selectOption("gpt-5-mini");
  await expect.poll(() => params(page).get("from")).toBe("gpt-5-mini");
  await expect(page.getByTestId("countdown")).toContainText("16 days until shutdown");
  await expect(page.getByText("gpt-6.1-terra is not in our catalog yet.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "gpt-6.1-terra" })).toContainText(
    "Recommendation as read on Nov 25, 2026",
  );
  expect(await costs(page)).toEqual(["$37.50", "cannot price", "–"]);
  await expect(page.getByRole("table")).toHaveCount(0);

  // Compare with a model we do have instead.
  await page.getByLabel("Compare with").selectOption("gpt-6-luna");
  await expect.poll(() => params(page).get("to")).toBe("gpt-6-luna");
  expect(await costs(page)).toEqual(["$37.50", "$10.50", "-$27.00"]);

  // A shut-down model counts the days since.
  await from.selectOption("gpt-4.1-nano");
  await expect(page.getByTestId("countdown")).toContainText("Shut down 33 days ago");
  await expect.poll(() => params(page).get("to")).toBeNull();
});

test("reachable from the catalog row, the model page and the wizard; unreadable parameters fall back with a notice", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Plan migration from gpt-4o-mini", exact: true }).click();
  await expect(page).toHaveURL(/\/migrate\?from=gpt-4o-mini$/);
  await expect(page.getByTestId("countdown")).toContainText("50 days until shutdown");

  await page.goto("/models/gpt-4o-mini");
  await page.getByRole("link", { name: "Plan the migration from gpt-4o-mini" }).click();
  await expect(page).toHaveURL(/\/migrate\?from=gpt-4o-mini$/);
  expect(await costs(page)).toEqual(["$13.50", "$10.50", "-$3.00"]);

  await page.goto("/wizard?s=result&p=cost&tl=300000&img=no&in=1000000&out=500000");
  await page.getByRole("link", { name: "Plan a migration from gpt-4o-mini" }).click();
  await expect(page).toHaveURL(/\/migrate\?from=gpt-4o-mini$/);

  await page.goto("/migrate?from=gpt-9&in=-1");
  const notice = page.getByRole("status").filter({ hasText: "could not read" });
  await expect(notice).toContainText("from = gpt-9");
  await expect(notice).toContainText("in = -1");
  await expect(page.getByLabel("I use model")).toHaveValue("");
  await expect(page.getByLabel("Input tokens per day")).toHaveValue("1,000,000");
});

test("no accessibility violations, light and dark; no sideways scroll at 375 px", async ({ page }) => {
  await page.goto("/migrate?from=gpt-4o-mini");
  await expectNoAxeViolations(page);
  await chooseTheme(page, "Dark");
  await expect(page.locator("html")).toHaveClass(/dark/);
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  await expectNoSidewaysOverflow(page);
});
