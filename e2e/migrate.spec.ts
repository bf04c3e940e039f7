import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";

import { parseCsv } from "../lib/export/csv-reader.test-helpers";
import { chooseTheme, expectNoAxeViolations, expectNoSidewaysOverflow, params, trackErrors } from "./helpers";

// The server pins NAVIGATOR_TODAY=2026-11-25: gpt-4o-mini shuts down on 2027-01-14, 50 days later.

async function costs(page: Page) {
  return Promise.all(["cost-before", "cost-after", "cost-delta"].map((id) => page.getByTestId(id).innerText()));
}

/** One option under "Where to go": its card, found by the model ID in its heading. */
function destination(page: Page, from: string, id: string) {
  return page
    .getByRole("list", { name: `Replacements for ${from}, with their cost` })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: id, exact: true }) });
}

test("gpt-4o-mini: shutdown date, countdown, replacement with its date, what changes and the cost delta", async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto("/migrate?from=gpt-4o-mini");
  await expect(page.getByLabel("I use model")).toHaveValue("gpt-4o-mini");
  await expect(page.getByTestId("countdown")).toHaveText(
    "50 days until shutdown. Shuts down on Jan 14, 2027 (today is Nov 25, 2026).",
  );
  const replacement = destination(page, "gpt-4o-mini", "gpt-6-luna");
  await expect(replacement.getByRole("link", { name: "gpt-6-luna", exact: true })).toHaveAttribute("href", "/models/gpt-6-luna");
  await expect(replacement.getByText("recommended first", { exact: true })).toBeVisible();
  // Two sources name it: OpenAI's help article and a third-party copy of the deprecations page.
  const sources = replacement.getByRole("link", { name: /^Source for replacement gpt-6-luna/ });
  await expect(sources.first()).toHaveAttribute(
    "href",
    "https://help.openai.com/en/articles/20001600-migrating-from-gpt-4x-to-gpt-6-luna",
  );
  await expect(sources.nth(1)).toHaveAttribute("href", /^https:\/\/dev\.to\//);
  await expect(replacement).toContainText("Named as the replacement by OpenAI, as read on Nov 25, 2026");
  await expect(replacement).toContainText("Named as the replacement by a third party, as read on Oct 27, 2026");
  await expect(page.getByLabel("Compare with")).toHaveValue("gpt-6-luna");
  // The headline rule: gpt-5-nano also meets gpt-4o-mini's capabilities and is cheaper
  // ($0.05 + 0.5 × $0.40 = $0.25 a day → $7.50), but shuts down within 90 days: named second.
  await expect(page.getByTestId("recommended-first")).toContainText(
    "gpt-5-nano is $7.50 a month but shuts down on Dec 11, 2026 (in 16 days).",
  );

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
  expect(row("Recommended replacement")[7]).toMatch(
    /^read on 2026-11-25 \(OpenAI's own guidance\); Active; source: OpenAI Help: Migrating from GPT-4\.x to GPT-6 Luna /,
  );
  expect(row("Named replacement").slice(4, 5)).toEqual(["gpt-6-luna"]);
  expect(row("Named replacement")[7]).toMatch(/^read on 2026-10-27; Active; source: /);
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
  const terra = destination(page, "gpt-5-mini", "gpt-6.1-terra");
  await expect(terra).toContainText("gpt-6.1-terra is not in this catalog yet: no sourced price.");
  await expect(terra).toContainText("Named as the replacement by OpenAI, as read on Nov 25, 2026");
  // Neither named replacement is in the catalog: the plan compares with the cheapest model that
  // meets gpt-5-mini's capabilities (400K window, 128K output, image input): gpt-6-luna.
  // gpt-5-mini: $0.25 + 0.5 × $2.00 = $1.25 a day → $37.50; gpt-6-luna $0.35 a day → $10.50.
  await expect(page.getByLabel("Compare with")).toHaveValue("gpt-6-luna");
  expect(await costs(page)).toEqual(["$37.50", "$10.50", "-$27.00"]);

  // Compare with the named one anyway: named, never priced.
  await page.getByLabel("Compare with").selectOption("gpt-6.1-terra");
  await expect.poll(() => params(page).get("to")).toBe("gpt-6.1-terra");
  await expect(page.getByText("gpt-6.1-terra is not in our catalog yet.")).toBeVisible();
  expect(await costs(page)).toEqual(["$37.50", "cannot price", "–"]);
  await expect(page.getByRole("table")).toHaveCount(0);
  await terra.getByRole("button", { name: "Compare with gpt-6-luna instead" }).click();
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

test("gpt-4.1-nano: every replacement with its cost, which one OpenAI's guidance names, the reasoning setting, the patch and the calendar", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const errors = trackErrors(page);
  await page.goto("/migrate?from=gpt-4.1-nano");
  // gpt-4.1-nano: 1M × $0.10 + 0.5M × $0.40 = $0.30 a day → $9.00 in 30 days.
  // gpt-6-luna at effort none: 1M × $0.10 + 0.5M × $0.50 = $0.35 a day → $10.50: +$1.50, +16.7%.
  // gpt-5.6-luna: 1M × $0.20 + 0.5M × $1.20 = $0.80 a day → $24.00: +$15.00, +166.7%.
  const first = page.getByTestId("recommended-first");
  await expect(first).toContainText(
    "Recommended first: gpt-6-luna. $10.50 a month: +$1.50 (+16.7%) against gpt-4.1-nano's $9.00.",
  );
  await expect(first).toContainText("OpenAI's own guidance names gpt-6-luna as the replacement.");
  const luna = destination(page, "gpt-4.1-nano", "gpt-6-luna");
  await expect(luna.getByText("OpenAI's guidance", { exact: true })).toBeVisible();
  await expect(luna.getByText("cheapest that meets the capabilities", { exact: true })).toBeVisible();
  await expect(luna).toContainText("Meets gpt-4.1-nano's capabilities.");
  await expect(
    luna.getByRole("link", { name: /^Source for replacement gpt-6-luna: OpenAI Help: Migrating from GPT-4\.x to GPT-6 Luna/ }),
  ).toHaveAttribute("href", "https://help.openai.com/en/articles/20001600-migrating-from-gpt-4x-to-gpt-6-luna");
  const luna56 = destination(page, "gpt-4.1-nano", "gpt-5.6-luna");
  await expect(luna56.getByText("third party", { exact: true })).toBeVisible();
  await expect(luna56).toContainText("$24.00 a month: +$15.00 (+166.7%) against gpt-4.1-nano's $9.00.");
  await expect(page.getByRole("list", { name: /required$/ }).getByRole("listitem")).toHaveText([
    "text and image input",
    "text output",
    "a context window of at least 1,047,576 tokens",
    "at least 32,768 output tokens per request",
    "function calling",
    "structured outputs",
  ]);
  expect(await costs(page)).toEqual(["$9.00", "$10.50", "+$1.50"]);

  // The shutdown date as a one-event calendar file, parsed by an independent parser.
  const calendarLink = page.getByRole("link", { name: "Add the shutdown date to my calendar" });
  await expect(calendarLink).toHaveAttribute("href", "/migrate/calendar?from=gpt-4.1-nano");
  const [file] = await Promise.all([page.waitForEvent("download"), calendarLink.click()]);
  expect(file.suggestedFilename()).toBe("gpt-4.1-nano-shutdown.ics");
  const ics = fs.readFileSync((await file.path())!, "utf8");
  expect(ics.split("\r\n").every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  expect([event.startDate.toString(), event.startDate.isDate, event.endDate.toString()]).toEqual([
    "2026-10-23",
    true,
    "2026-10-24",
  ]);
  // The lifecycle calendar (/feeds/lifecycle.ics) has the same UID for this shutdown.
  expect(event.uid).toBe("shutdown/gpt-4.1-nano/2026-10-23@small-model-navigator");
  expect(event.summary).toBe("gpt-4.1-nano shuts down (OpenAI API)");
  expect(event.description).toContain(
    "Recommended first: gpt-6-luna. OpenAI's own guidance names gpt-6-luna as the replacement.",
  );
  expect(vevent.getFirstPropertyValue("url")).toBe(new URL("/migrate?from=gpt-4.1-nano", page.url()).href);

  // The reasoning setting the cost assumes, and the cost at the model's default effort.
  const reasoning = page.getByRole("group", { name: "Reasoning setting behind the cost of gpt-6-luna" });
  await expect(reasoning).toContainText("The cost above assumes reasoning effort: none (set it in your request).");
  await expect(reasoning.getByText("depends on reasoning tokens", { exact: true })).toBeVisible();
  await page.getByLabel("Reasoning tokens per day").fill("500000");
  await expect.poll(() => params(page).get("rsn")).toBe("500000");
  // At 500K reasoning tokens a day: 1M × $0.10 + (0.5M + 0.5M) × $0.50 = $0.60 a day → $18.00.
  await expect(reasoning).toContainText("The cost above counts your 500,000 reasoning tokens a day, billed as output.");
  await expect(reasoning.getByText("$18.00 a month", { exact: true })).toBeVisible();
  await expect(reasoning.getByText("$10.50 a month", { exact: true })).toBeVisible();
  await expect(reasoning).toContainText("against gpt-4.1-nano's $9.00 today");
  expect(await costs(page)).toEqual(["$9.00", "$18.00", "+$9.00"]);

  // The patch: before and after, Node.js and the Responses API first; Copy copies the new request.
  const nodeAfter = page.getByLabel("After: gpt-6-luna (Node.js, Responses API)");
  await expect(page.getByLabel("Before: gpt-4.1-nano (Node.js, Responses API)")).toContainText('model: "gpt-4.1-nano",');
  await expect(nodeAfter).toContainText('model: "gpt-6-luna",');
  await expect(nodeAfter).toContainText('reasoning: { effort: "none" },');
  await page.getByRole("button", { name: "Copy the new request" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await nodeAfter.textContent());

  // Python and Chat Completions, by keyboard (arrow keys move within each radio group).
  await page.getByRole("radio", { name: "Node.js" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Python" })).toBeChecked();
  await page.getByRole("radio", { name: "Responses API" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Chat Completions" })).toBeChecked();
  const pyAfter = page.getByLabel("After: gpt-6-luna (Python, Chat Completions)");
  await expect(page.getByLabel("Before: gpt-4.1-nano (Python, Chat Completions)")).toContainText('model="gpt-4.1-nano",');
  await expect(pyAfter).toContainText('model="gpt-6-luna",');
  await expect(pyAfter).toContainText('reasoning_effort="none",');
  await page.getByRole("button", { name: "Copy the new request" }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(await pyAfter.textContent());
  // A code block that scrolls sideways takes the keyboard focus.
  await pyAfter.focus();
  await expect(pyAfter).toBeFocused();
  await expect(page.getByText(/in Chat Completions, function calling works only with reasoning_effort "none"/)).toBeVisible();
  expect(errors).toEqual([]);
});

test("gpt-4o-mini at 500K reasoning tokens a day: the 'cheaper' model at its default effort costs more", async ({ page }) => {
  await page.goto("/migrate?from=gpt-4o-mini&rsn=500000");
  // gpt-4o-mini does not reason: 1M × $0.15 + 0.5M × $0.60 = $0.45 a day → $13.50.
  // gpt-6-luna: 1M × $0.10 + (0.5M + 0.5M) × $0.50 = $0.60 a day → $18.00; at effort none $10.50.
  const reasoning = page.getByRole("group", { name: "Reasoning setting behind the cost of gpt-6-luna" });
  await expect(reasoning.getByText("$18.00 a month", { exact: true })).toBeVisible();
  await expect(reasoning).toContainText("against gpt-4o-mini's $13.50 today");
  await expect(reasoning.getByText("$10.50 a month", { exact: true })).toBeVisible();
  expect(await costs(page)).toEqual(["$13.50", "$18.00", "+$4.50"]);
});

test("gpt-3.5-turbo: a replacement not in the catalog says so, and the cheapest model that meets its capabilities is offered instead", async ({
  page,
}) => {
  await page.goto("/migrate?from=gpt-3.5-turbo");
  const terra = destination(page, "gpt-3.5-turbo", "gpt-5.6-terra");
  await expect(terra).toContainText("gpt-5.6-terra is not in this catalog yet: no sourced price.");
  await expect(terra).toContainText("Instead: gpt-6-luna, the cheapest callable model that meets gpt-3.5-turbo's capabilities.");
  // gpt-3.5-turbo: $0.50 + 0.5 × $1.50 = $1.25 a day → $37.50; gpt-6-luna $10.50: −$27.00, −72%.
  const first = page.getByTestId("recommended-first");
  await expect(first).toContainText(
    "Recommended first: gpt-6-luna. $10.50 a month: -$27.00 (-72%) against gpt-3.5-turbo's $37.50.",
  );
  await expect(first).toContainText(
    "gpt-5.6-terra is not in this catalog yet; gpt-4.1-mini shuts down on Jan 14, 2027. gpt-6-luna is the cheapest callable model that meets gpt-3.5-turbo's capabilities.",
  );
  // Cheaper but retiring within 90 days: named second, with the date (gpt-5-nano $7.50, see above).
  await expect(first).toContainText("gpt-5-nano is $7.50 a month but shuts down on Dec 11, 2026 (in 16 days).");
  // The April 2026 reading: gpt-4.1-mini, $0.40 + 0.5 × $1.60 = $1.20 a day → $36.00, itself retiring.
  await expect(destination(page, "gpt-3.5-turbo", "gpt-4.1-mini")).toContainText(
    "gpt-4.1-mini is $36.00 a month but shuts down on Jan 14, 2027 (in 50 days).",
  );
  await expect(page.getByLabel("Compare with")).toHaveValue("gpt-6-luna");
  expect(await costs(page)).toEqual(["$37.50", "$10.50", "-$27.00"]);
  await expect(terra.getByText("Compared below: gpt-6-luna.")).toBeVisible();
});

test("'I use fine-tuning' is kept in the link and says what each replacement lacks", async ({ page }) => {
  await page.goto("/migrate?from=gpt-4o-mini");
  const fineTuning = page.getByLabel("I use fine-tuning: the replacement must offer it too");
  await fineTuning.check();
  await expect.poll(() => params(page).get("ft")).toBe("1");
  await expect(destination(page, "gpt-4o-mini", "gpt-6-luna")).toContainText(
    "Lacks what gpt-4o-mini offers: fine-tuning (you said you use it).",
  );
  // No small model that stays callable offers fine-tuning: the named replacement still leads.
  await expect(page.getByTestId("recommended-first")).toContainText("Recommended first: gpt-6-luna.");
  await page.reload();
  await expect(fineTuning).toBeChecked();
});
