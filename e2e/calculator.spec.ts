import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";

import { chooseTheme, expectNoAxeViolations, expectNoSidewaysOverflow, params, trackErrors } from "./helpers";

const ARTICLE = ["gpt-4.1-nano", "gpt-4o-mini", "gpt-4.1-mini"] as const;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The results row whose row header starts with the model ID (the header also holds its name and badges). */
function rowOf(page: Page, id: string) {
  const table = page.getByRole("table", { name: /Cost of the workload on each model/ });
  return table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${escapeRe(id)}(\\s|$)`) }) });
}

/** The text of a model's cell in the column with this header (found by role and name). */
async function cell(page: Page, id: string, column: "Per month" | "Per day" | "Per year" | "vs cheapest" | "Budget buys") {
  const table = page.getByRole("table", { name: /Cost of the workload on each model/ });
  const headers = await table.getByRole("columnheader").allInnerTexts();
  const index = headers.findIndex((h) => h.trim().startsWith(column));
  expect(index, `column ${column}`).toBeGreaterThan(0);
  // The first column is the row header, so data cells are offset by one. The figure is the
  // cell's first line (a note or the "Show the math" button may follow).
  return (
    await rowOf(page, id)
      .getByRole("cell")
      .nth(index - 1)
      .innerText()
  )
    .trim()
    .split("\n")[0]!
    .trim();
}

/** Every figure in the results table, row by row, for comparing two pages. */
async function allFigures(page: Page): Promise<string[][]> {
  const table = page.getByRole("table", { name: /Cost of the workload on each model/ });
  const rows = table.getByRole("row");
  const out: string[][] = [];
  for (let i = 1; i < (await rows.count()); i++) {
    const cells = await rows.nth(i).locator(":scope > th, :scope > td").allInnerTexts();
    out.push(cells.map((c) => c.replace(/\s+/g, " ").trim()));
  }
  return out;
}

/** Opens the "Focus on models" disclosure (a <details>; its summary has no ARIA role). */
async function openFocus(page: Page) {
  await page.getByText(/^Focus on models/).click();
  await expect(page.getByRole("group", { name: "Models to focus on" })).toBeVisible();
}

test.describe("cost calculator", () => {
  test("reproduces the article's table when its scenario is set through the sliders and fields", async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto("/calculator?in=2000000&out=100000&days=31");
    await expect(page.getByRole("heading", { level: 1, name: "Monthly cost calculator" })).toBeVisible();

    // The article's cheapest model is shut down: it appears only with retired models included.
    await expect(rowOf(page, "gpt-4.1-nano")).toHaveCount(0);
    await page.getByRole("checkbox", { name: /Include retired models/ }).check();
    await expect(page).toHaveURL(/retired=1/);
    await expect(rowOf(page, "gpt-4.1-nano")).toHaveCount(1);

    // Focus on the article's three models.
    await openFocus(page);
    for (const id of ARTICLE) await page.getByRole("checkbox", { name: id, exact: true }).check();
    await expect.poll(() => params(page).get("m")?.split(",").sort()).toEqual([...ARTICLE].sort());

    // Input: from 2M down three slider steps (1.5M, 1.2M, 1M) by keyboard.
    const input = page.getByRole("slider", { name: "Input tokens per day" });
    await input.focus();
    for (let i = 0; i < 3; i++) await input.press("ArrowLeft");
    await expect(input).toHaveAttribute("aria-valuetext", "1,000,000 tokens / day");
    await expect(page.getByRole("textbox", { name: "Input tokens per day" })).toHaveValue("1,000,000");

    // Output: typed into its field.
    const output = page.getByRole("textbox", { name: "Output tokens per day" });
    await output.fill("500000");
    await output.press("Tab");
    await expect(page.getByRole("slider", { name: "Output tokens per day" })).toHaveAttribute(
      "aria-valuetext",
      "500,000 tokens / day",
    );

    // Days: 31 → 30 with the slider.
    const days = page.getByRole("slider", { name: "Days per month" });
    await days.focus();
    await days.press("ArrowLeft");
    await expect(page.getByRole("textbox", { name: "Days per month" })).toHaveValue("30");

    // The article's defaults leave the URL: only the switches remain.
    await expect
      .poll(() => [params(page).get("in"), params(page).get("out"), params(page).get("days")])
      .toEqual([null, null, null]);

    expect(await cell(page, "gpt-4.1-nano", "Per month")).toBe("$9.00");
    expect(await cell(page, "gpt-4o-mini", "Per month")).toBe("$13.50");
    expect(await cell(page, "gpt-4.1-mini", "Per month")).toBe("$36.00");
    expect(await cell(page, "gpt-4.1-nano", "Per day")).toBe("$0.30");
    expect(await cell(page, "gpt-4o-mini", "Per day")).toBe("$0.45");
    expect(await cell(page, "gpt-4.1-mini", "Per day")).toBe("$1.20");
    expect(await cell(page, "gpt-4.1-nano", "vs cheapest")).toMatch(/^1×/);
    expect(await cell(page, "gpt-4o-mini", "vs cheapest")).toBe("1.5×");
    expect(await cell(page, "gpt-4.1-mini", "vs cheapest")).toBe("4×");

    // Show the math for nano: tokens × price = amount.
    await page.getByRole("button", { name: "Show the math for gpt-4.1-nano" }).click();
    const math = page.getByRole("table", { name: /How gpt-4.1-nano is priced/ });
    await expect(math.getByRole("row", { name: /Uncached input/ })).toContainText("1,000,000");
    await expect(math.getByRole("row", { name: /Uncached input/ })).toContainText("× $0.10 / 1M");
    await expect(math.getByRole("row", { name: /^Output/ })).toContainText("= $0.20");
    await expect(math.getByRole("row", { name: /Per month/ })).toContainText("$9.00");
    expect(errors).toEqual([]);
  });

  test("the article preset sets the same table and says why retired models are on", async ({ page }) => {
    await page.goto("/calculator");
    await page.getByRole("button", { name: /The article's scenario/ }).click();
    await expect(page).toHaveURL(/preset=article/);
    await expect(page.getByRole("button", { name: /The article's scenario/ })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText(/has since been shut down/)).toBeVisible();
    expect(await cell(page, "gpt-4.1-nano", "Per month")).toBe("$9.00");
    expect(await cell(page, "gpt-4.1-mini", "Per month")).toBe("$36.00");
    const order = await page
      .getByRole("table", { name: /Cost of the workload/ })
      .getByRole("rowheader")
      .allInnerTexts();
    expect(order.map((t) => t.split(/\s/)[0])).toEqual([...ARTICLE]);
  });

  test("the CSV export holds exactly the table's rows, in order, with exact money and units", async ({ page }) => {
    await page.goto("/calculator?preset=article&retired=1&m=gpt-4.1-nano,gpt-4o-mini,gpt-4.1-mini");
    const shown = (
      await page
        .getByRole("table", { name: /Cost of the workload/ })
        .getByRole("rowheader")
        .allInnerTexts()
    ).map((t) => t.split(/\s/)[0]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download CSV" }).click(),
    ]);
    const text = fs
      .readFileSync((await download.path())!, "utf8")
      .replace(/^\uFEFF/, "")
      .trimEnd();
    const [header, ...rows] = text.split("\r\n").map((l) => l.split(","));
    expect(download.suggestedFilename()).toMatch(/^calculator.*\.csv$/);
    expect(header).toContain("Cost per month (USD)");
    const month = header!.indexOf("Cost per month (USD)");
    expect(rows.map((r) => r[0])).toEqual(shown);
    expect(rows.map((r) => r[month])).toEqual(["9", "13.5", "36"]);
  });

  test("a slider moved by keyboard changes the URL and the numbers, replacing history", async ({ page }) => {
    await page.goto("/");
    await page.goto("/calculator?preset=article&retired=1&m=gpt-4.1-nano,gpt-4o-mini,gpt-4.1-mini");
    expect(await cell(page, "gpt-4.1-nano", "Per month")).toBe("$9.00");

    const input = page.getByRole("slider", { name: "Input tokens per day" });
    await input.focus();
    await input.press("ArrowRight");
    await expect(input).toHaveAttribute("aria-valuetext", "1,200,000 tokens / day");
    await expect(page).toHaveURL(/[?&]in=1200000(&|$)/);
    // 1.2M × $0.10 + 500K × $0.40 = $0.32 a day.
    expect(await cell(page, "gpt-4.1-nano", "Per month")).toBe("$9.60");

    await input.press("PageUp");
    await expect(input).toHaveAttribute("aria-valuetext", "12,000,000 tokens / day");
    await expect(page).toHaveURL(/[?&]in=12000000(&|$)/);
    expect(await cell(page, "gpt-4.1-nano", "Per month")).toBe("$42.00");

    await page.reload();
    await expect(page.getByRole("slider", { name: "Input tokens per day" })).toHaveAttribute(
      "aria-valuetext",
      "12,000,000 tokens / day",
    );
    expect(await cell(page, "gpt-4.1-nano", "Per month")).toBe("$42.00");

    // Dragging replaced the entry: back leaves the calculator, forward returns to the latest state.
    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await page.goForward();
    await expect(page).toHaveURL(/[?&]in=12000000(&|$)/);
    expect(await cell(page, "gpt-4.1-nano", "Per month")).toBe("$42.00");
  });

  test("the copied link reopens every figure, in a fresh browser and in the server's HTML", async ({
    page,
    browser,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto("/calculator");
    await page.getByRole("button", { name: /Support chatbot/ }).click();
    await expect(page).toHaveURL(/mode=request/);
    await page.getByRole("radio", { name: /Batch/ }).check();
    await expect(page).toHaveURL(/tier=batch/);
    const cache = page.getByRole("slider", { name: "Input served from the prompt cache" });
    await cache.focus();
    for (let i = 0; i < 5; i++) await cache.press("ArrowRight");
    await expect(page).toHaveURL(/cache=55/);
    await page.getByRole("textbox", { name: "Monthly budget" }).fill("120");
    await expect(page).toHaveURL(/budget=120/);
    await page.getByRole("button", { name: "Per month" }).click();
    await expect(page).toHaveURL(/sort=-month/);
    await expect(page.getByRole("columnheader", { name: "Per month" })).toHaveAttribute("aria-sort", "descending");
    await page.getByRole("checkbox", { name: /Show dated snapshots/ }).check();
    await expect(page).toHaveURL(/snap=1/);

    const figures = await allFigures(page);
    expect(figures.length).toBeGreaterThan(5);
    // A model without a batch tier says so in its row.
    expect(figures.some((r) => r.some((c) => /No batch tier|Batch price not published/.test(c)))).toBe(true);

    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain("/calculator?");
    for (const p of ["preset=support", "mode=request", "tier=batch", "cache=55", "budget=120", "sort=-month", "snap=1"])
      expect(link).toContain(p);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    expect(await allFigures(other)).toEqual(figures);
    await expect(other.getByRole("slider", { name: "Input served from the prompt cache" })).toHaveAttribute(
      "aria-valuetext",
      "55 %",
    );
    await expect(other.getByRole("radio", { name: /Batch/ })).toBeChecked();
    await fresh.close();

    // The server's first HTML already holds the same numbers (no JavaScript at all).
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const html = await noJs.newPage();
    await html.goto(link);
    expect(await allFigures(html)).toEqual(figures);
    await noJs.close();
  });

  test("switching to requests keeps daily totals and checks long context and context windows", async ({ page }) => {
    await page.goto("/calculator?m=gpt-6-luna,gpt-4o-mini");
    const before = await cell(page, "gpt-6-luna", "Per month");
    await page.getByRole("radio", { name: /Requests × tokens per request/ }).check();
    await expect(page).toHaveURL(/mode=request/);
    await expect(page.getByRole("textbox", { name: "Requests per day" })).toHaveValue("1,000");
    await expect(page.getByRole("textbox", { name: "Input tokens per request" })).toHaveValue("1,000");
    expect(await cell(page, "gpt-6-luna", "Per month")).toBe(before);

    // 300K tokens per request: above GPT-6 Luna's long-context threshold, beyond gpt-4o-mini's window.
    const perRequest = page.getByRole("textbox", { name: "Input tokens per request" });
    await perRequest.fill("300000");
    await expect(page).toHaveURL(/inr=300000/);
    await expect(rowOf(page, "gpt-4o-mini")).toContainText("cannot take 300,000 input tokens per request");
    await page.getByRole("button", { name: "Show the math for gpt-6-luna" }).click();
    await expect(
      page
        .getByRole("table", { name: /How gpt-6-luna is priced/ })
        .getByRole("row", { name: /Long-context surcharge on uncached input/ }),
    ).toBeVisible();

    // Flex: a model without the tier says so instead of using another price.
    await page.getByRole("radio", { name: /Flex/ }).check();
    await expect(rowOf(page, "gpt-4o-mini")).toContainText("No flex tier");
  });

  test("typed nonsense is refused with a message and never reaches the numbers", async ({ page }) => {
    await page.goto("/calculator?m=gpt-6-luna");
    const field = page.getByRole("textbox", { name: "Input tokens per day" });
    for (const bad of ["-5", "abc", "1.5"]) {
      await field.fill(bad);
      await expect(field).toHaveAttribute("aria-invalid", "true");
      expect(await cell(page, "gpt-6-luna", "Per month")).toBe("$10.50");
    }
    await field.fill("999999999999999");
    await expect(page.getByText(/Capped at 100,000,000,000 tokens/)).toBeVisible();
    const month = await cell(page, "gpt-6-luna", "Per month");
    expect(month).toMatch(/^\$[\d,]+\.\d\d$/);
    await expect(page.getByRole("main")).not.toContainText(/NaN|Infinity|\de\+\d/);
  });

  test("typed amounts mean what they say: 1.5M is 1,500,000 and an ambiguous 1,5 is refused", async ({ page }) => {
    await page.goto("/calculator?m=gpt-6-luna");
    const field = page.getByRole("textbox", { name: "Input tokens per day" });
    await field.fill("1.5M");
    await expect.poll(() => params(page).get("in")).toBe("1500000");
    // 30 days × (1.5M × $0.10 + 0.5M × $0.50) per 1M tokens = $12.00
    await expect.poll(() => cell(page, "gpt-6-luna", "Per month")).toBe("$12.00");

    // "1,5" used to become 15 tokens without a word.
    await field.fill("1,5");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(
      page.getByText("“1,5” is ambiguous: a comma only separates thousands (1,500,000); write a decimal with a point (1.5M)."),
    ).toBeVisible();
    await expect(page.getByRole("slider", { name: "Input tokens per day" })).toHaveAttribute(
      "aria-valuetext",
      "1,500,000 tokens / day",
    );
    expect(await cell(page, "gpt-6-luna", "Per month")).toBe("$12.00");
    expect(params(page).get("in")).toBe("1500000");
  });

  test("garbage in every parameter falls back with a notice, not a crash", async ({ page }) => {
    const errors = trackErrors(page);
    const garbage =
      "mode=sideways&in=-5&out=1e99&rsn=abc&req=99999999999&inr=1.5&outr=x&rsnr=NaN&cache=250&days=0&tier=gold&preset=nope&m=not-a-model&budget=-3&retired=maybe&snap=2&sort=price&axis=z";
    const response = await page.goto(`/calculator?${garbage}`);
    expect(response?.status()).toBe(200);
    const notice = page.getByRole("status").filter({ hasText: "could not read" });
    await expect(notice).toBeVisible();
    for (const key of [
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
    ]) {
      await expect(notice.getByText(key, { exact: true })).toBeVisible();
    }
    // Defaults: the article's volumes on today's models; gpt-5-nano is the cheapest.
    expect(await cell(page, "gpt-5-nano", "Per month")).toBe("$7.50");
    // (The notice echoes the raw values, "NaN" included; the figures never show such a thing.)
    await expect(page.getByRole("table", { name: /Cost of the workload/ })).not.toContainText(/NaN|Infinity|\de\+\d/);
    await expect(page.getByRole("main")).not.toContainText(/\$NaN|NaN tokens|Infinity/);
    expect(errors).toEqual([]);
  });

  test("fits a 375 px screen without sideways scrolling", async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await ctx.newPage();
    await page.goto("/calculator?preset=rag&mode=request&req=500&inr=300000&outr=1000&rsnr=2000&cache=30&budget=500");
    await expectNoSidewaysOverflow(page);
    await page.getByRole("button", { name: "Show the math for gpt-6-luna" }).click();
    await expect(page.getByRole("table", { name: /How gpt-6-luna is priced/ })).toBeVisible();
    await expectNoSidewaysOverflow(page);
    await ctx.close();
  });

  test("is accessible (axe) in light and dark, with the math open and budget mode on", async ({ page }) => {
    await page.goto("/calculator?preset=rag&mode=request&req=500&inr=300000&outr=1000&rsnr=2000&cache=30&budget=500&snap=1");
    await page.getByRole("button", { name: "Show the math for gpt-6-luna" }).click();
    // The chart draws when scrolled near; axe should check it too.
    await page.getByRole("heading", { name: "Cost against volume" }).scrollIntoViewIfNeeded();
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    await chooseTheme(page, "Light");
    await expectNoAxeViolations(page);
    await chooseTheme(page, "Dark");
    await expect(page.locator("html")).toHaveClass(/dark/);
    await expectNoAxeViolations(page);
  });
});

test.describe("prices as of a day", () => {
  const asOf = (page: Page) => page.getByLabel("Prices as of");

  test("the article's scenario on 2025-04-15 costs what the article said, and its cheapest model was the pick", async ({
    page,
  }) => {
    const errors = trackErrors(page);
    await page.goto(`/calculator?preset=article&retired=1&m=${ARTICLE.join(",")}&on=2025-04-15`);
    await expect(asOf(page)).toHaveValue("2025-04-15");
    // data/models: gpt-4.1-nano $0.10 / $0.40, gpt-4o-mini $0.15 / $0.60, gpt-4.1-mini $0.40 / $1.60 that day;
    // 1M input + 500K output a day, 30 days: (0.10 + 0.20) × 30, (0.15 + 0.30) × 30, (0.40 + 0.80) × 30.
    expect(await Promise.all(ARTICLE.map((id) => cell(page, id, "Per month")))).toEqual(["$9.00", "$13.50", "$36.00"]);
    // All three were active then, their shutdowns more than 90 days away.
    await expect(page.getByRole("region", { name: "Cost summary" }).getByRole("status")).toHaveText(
      "Cheapest model that stays callable: gpt-4.1-nano at $9.00 a month.",
    );
    await expect(rowOf(page, "gpt-4.1-nano")).not.toContainText("Shut down");
    expect(errors).toEqual([]);
  });

  test("the date control reprices on the server and keeps the day in the URL; Today takes it out", async ({ page }) => {
    await page.goto("/calculator?m=gpt-5.6-luna");
    // Today (2026-11-25): $0.20 / $1.20, (0.20 + 0.60) × 30 = $24.00.
    expect(await cell(page, "gpt-5.6-luna", "Per month")).toBe("$24.00");
    await asOf(page).fill("2026-07-01");
    await expect(page).toHaveURL(/[?&]on=2026-07-01(&|$)/);
    // The preview's $1.00 / $6.00 that day: (1.00 + 3.00) × 30 = $120.00.
    await expect.poll(() => cell(page, "gpt-5.6-luna", "Per month")).toBe("$120.00");
    await page.reload();
    expect(await cell(page, "gpt-5.6-luna", "Per month")).toBe("$120.00");

    await page.getByRole("button", { name: "Today" }).click();
    await expect(page).toHaveURL(/\/calculator\?m=gpt-5\.6-luna$/);
    await expect.poll(() => cell(page, "gpt-5.6-luna", "Per month")).toBe("$24.00");
    await expect(asOf(page)).toHaveValue("2026-11-25");
  });

  test("a day it cannot use falls back to today with a notice naming `on`", async ({ page }) => {
    for (const on of ["2019-12-31", "2027-11-26", "someday"]) {
      await page.goto(`/calculator?m=gpt-5.6-luna&on=${on}`);
      const notice = page.getByRole("status").filter({ hasText: "could not read" });
      await expect(notice, on).toContainText(`on = ${on}`);
      await expect(asOf(page)).toHaveValue("2026-11-25");
      expect(await cell(page, "gpt-5.6-luna", "Per month"), on).toBe("$24.00");
    }
  });
});
