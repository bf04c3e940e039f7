import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page, type Request } from "@playwright/test";

import { decodeUsageSummary } from "../lib/usage/permalink";
import { chooseTheme, expectNoAxeViolations, expectNoSidewaysOverflow, params, trackErrors } from "./helpers";

// The server pins NAVIGATOR_TODAY=2026-11-25. The samples (public/samples/, written by
// scripts/generate-usage-samples.mjs) hold 30 days of gpt-4o-mini, gpt-5-mini and gpt-4.1-mini
// snapshots for two fake projects, and the costs of that usage at the catalog's prices.

// Each test reads files in the page's worker, several times: on a loaded 2-core machine that can
// take longer than the default 30 s.
test.describe.configure({ timeout: 60_000 });

const SAMPLES = path.join(process.cwd(), "public", "samples");
const sample = (name: string) => fs.readFileSync(path.join(SAMPLES, name));
const USAGE_CSV = "usage-completions.csv";
const COSTS_CSV = "costs.csv";
const USAGE_JSON = "usage-completions.json";
const COSTS_JSON = "costs.json";

/** What only the files hold: names, e-mails and IDs of the fake projects, users, keys and organisation. */
const PRIVATE = [
  "Project Falcon",
  "Project Heron",
  "dev@example.com",
  "ops@example.com",
  "proj_sampleFalcon01",
  "proj_sampleHeron02",
  "user-sampleDev01",
  "key_sampleFalcon01",
  "org-sampleExample",
  "Example Org",
];

type FileSpec = { name: string; mimeType: string; buffer: Buffer };
const csvFile = (name: string, buffer = sample(name)): FileSpec => ({ name, mimeType: "text/csv", buffer });
const jsonFile = (name: string, buffer = sample(name)): FileSpec => ({ name, mimeType: "application/json", buffer });

const fileInput = (page: Page) => page.getByLabel("Choose files");
const billTotal = (page: Page) => page.getByTestId("bill-total");
const problemAlert = (page: Page) => page.getByRole("alert").filter({ hasText: /could not be used/ });

async function load(page: Page, files: FileSpec[]) {
  await fileInput(page).setInputFiles(files);
}

/** Loads the usage and costs CSV exports and waits for the figures. */
async function loadSample(page: Page) {
  await page.goto("/usage");
  await load(page, [csvFile(USAGE_CSV), csvFile(COSTS_CSV)]);
  await expect(page.getByRole("heading", { name: /^Your bill, Oct 25, 2026 to Nov 23, 2026 \(30 days\)$/ })).toBeVisible();
}

/** The sum of the cost export's amounts, to the cent: what the page must show as billed. */
function billedInCostsCsv(): string {
  const lines = sample(COSTS_CSV).toString("utf8").trim().split("\n");
  const col = lines[0]!.split(",").indexOf("amount_value");
  // Amounts have 18 decimals; summing them as micro-cents keeps the sum exact well past a cent.
  const microCents = lines.slice(1).reduce((s, l) => s + BigInt(Math.round(Number(l.split(",")[col]) * 1e8)), 0n);
  const cents = Number((microCents + 500_000n) / 1_000_000n);
  return `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
}

test("a sample export is read in the browser: nothing it holds is sent anywhere or put in the URL", async ({ page }) => {
  const errors = trackErrors(page);
  const requests: Request[] = [];
  page.on("request", (r) => requests.push(r));
  await loadSample(page);
  await page.getByRole("button", { name: "Try with a sample" }).click();
  await expect(page.getByText("From usage-completions.csv (usage CSV export, 300 rows) and costs.csv")).toBeVisible();

  // Reload the shared summary too: the server renders it from the link alone.
  await page.reload();
  await expect(page.getByText("From a shared summary")).toBeVisible();

  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) {
    const body = r.postData() ?? "";
    for (const secret of PRIVATE) {
      expect(r.url(), `request URL carries ${secret}`).not.toContain(encodeURIComponent(secret));
      expect(r.url(), `request URL carries ${secret}`).not.toContain(secret);
      expect(body, `request body to ${r.url()} carries ${secret}`).not.toContain(secret);
    }
  }
  // Nothing is posted at all: the page has no reason to send a body anywhere.
  expect(requests.filter((r) => r.method() !== "GET").map((r) => `${r.method()} ${r.url()}`)).toEqual([]);

  // The link holds only model IDs and counts: decoded, none of the file's names are in it.
  const url = page.url();
  for (const secret of PRIVATE) expect(url).not.toContain(secret);
  const decoded = decodeUsageSummary(params(page).get("sum") ?? "");
  if (!decoded.ok) throw new Error(decoded.message);
  const text = JSON.stringify(decoded.aggregate);
  for (const secret of PRIVATE) expect(text).not.toContain(secret);
  expect([...new Set(decoded.aggregate.cells.map((c) => c.model))]).toEqual([
    "gpt-4.1-mini-2025-04-14",
    "gpt-4o-mini-2024-07-18",
    "gpt-5-mini-2025-08-07",
  ]);
  expect(errors).toEqual([]);
});

test("what you used, what it cost, what was billed, and the banners of the retiring models", async ({ page }) => {
  const errors = trackErrors(page);
  await loadSample(page);
  const billed = billedInCostsCsv();
  // The samples' costs are that usage at catalog prices: the bill and the costs file agree to the cent, 0.0 % on every line.
  await expect(billTotal(page)).toHaveText(billed);
  await expect(page.getByTestId("bill-period")).toHaveText(billed);
  await expect(page.getByTestId("reconcile-percent")).toHaveText("0.0 %");
  const lines = page.getByRole("region", { name: "Costs file against catalog prices, per line item" });
  const lineRows = lines.getByRole("row", { name: /^gpt-/ });
  await expect(lineRows).toHaveCount(14);
  for (const row of await lineRows.all()) await expect(row.getByRole("cell").nth(3)).toHaveText("0.0 %");

  const used = page.getByRole("region", { name: "What you used, per model ID" });
  // gpt-4.1-mini: 4,000 Batch requests a day of 6,700 (60 %), weekends at 60 %, each day ±10 %.
  const mini41 = used.getByRole("row", { name: /^gpt-4\.1-mini-2025-04-14/ });
  await expect(mini41).toContainText("snapshot of gpt-4.1-mini");
  await expect(mini41.getByRole("cell").nth(5)).toHaveText(/^59\.\d %$/);
  await expect(mini41.getByRole("cell").nth(6)).toHaveText("Standard, Batch");

  const banners = page.getByTestId("retirement-banner");
  await expect(banners).toHaveCount(3);
  // Soonest first: gpt-5-mini (Dec 11, 2026), whose named replacement is not in the catalog.
  await expect(banners.nth(0)).toContainText("gpt-5-mini shuts down on Dec 11, 2026.");
  await expect(banners.nth(0)).toContainText("the cheapest model that stays available.");
  await expect(banners.nth(0)).toContainText("Recommended replacement: gpt-6.1-terra is not in the catalog yet");
  const mini4o = banners.filter({ hasText: "gpt-4o-mini shuts down on Jan 14, 2027." });
  await expect(mini4o).toContainText(
    /Your 30 days would cost \$\d+\.\d\d on GPT-6 Luna \(\u2212\d+\.\d %\), its recommended replacement\./,
  );

  // Plan the migration: the planner opens with this model's own daily volumes.
  await mini4o.getByRole("link", { name: "Plan the migration from gpt-4o-mini-2024-07-18" }).click();
  await expect(page).toHaveURL(/\/migrate\?from=gpt-4o-mini-2024-07-18&in=\d+&out=\d+&tpr=\d+$/);
  await expect(page.getByLabel("I use model")).toHaveValue("gpt-4o-mini-2024-07-18");
  await page.goBack();
  await expect(page.getByRole("link", { name: "Open in the calculator" })).toHaveAttribute(
    "href",
    /^\/calculator\?in=\d+&out=\d+&cache=\d+&m=gpt-4\.1-mini,gpt-4o-mini,gpt-5-mini,gpt-6-luna$/,
  );
  expect(errors).toEqual([]);
});

test("a model the catalog does not know is listed with its tokens, never priced at $0, and named neutrally in the link", async ({
  page,
}) => {
  await page.goto("/usage");
  // A fine-tuned model's ID names the organisation that trained it.
  const text = sample(USAGE_CSV)
    .toString("utf8")
    .replace(/gpt-4o-mini-2024-07-18/g, "ft:gpt-4o-mini-2024-07-18:acme-secret-team::AbC123");
  await load(page, [csvFile("usage.csv", Buffer.from(text))]);
  const costs = page.getByRole("region", { name: "What it cost at catalog prices, per model ID" });
  const row = costs.getByRole("row", { name: /^ft:gpt-4o-mini-2024-07-18:acme-secret-team::AbC123/ });
  await expect(row).toContainText("unknown: not priced");
  await expect(row.getByRole("cell").nth(1)).toHaveText("not priced");
  await expect(row.getByRole("cell").nth(2)).toHaveText("not priced");
  await expect(billTotal(page)).toHaveText(/^at least \$[\d,]+\.\d\d$/);
  await expect(costs.getByRole("row", { name: "All models" })).toContainText(/Leaves out [\d,]+ tokens of ft:gpt-4o-mini/);
  await expect(page.getByRole("heading", { name: "Not repriced" })).toBeVisible();

  await expect.poll(() => params(page).get("sum")).not.toBeNull();
  expect(page.url()).not.toContain("acme");
  const decoded = decodeUsageSummary(params(page).get("sum")!);
  expect(decoded.ok && [...new Set(decoded.aggregate.cells.map((c) => c.model))]).toEqual([
    "ft:gpt-4o-mini-2024-07-18:1",
    "gpt-4.1-mini-2025-04-14",
    "gpt-5-mini-2025-08-07",
  ]);
});

test("the same usage on every model: tier, sort and the reasoning assumption are in the link", async ({ page }) => {
  const errors = trackErrors(page);
  await loadSample(page);
  const table = page.getByRole("region", { name: "Every model, priced for your usage" });
  const luna = table.getByRole("row", { name: /^GPT-6 Luna/ });
  await expect(luna).toContainText("output as in the file");
  const before = await luna.getByRole("cell").nth(1).innerText();

  await page.getByLabel("Reasoning share on the other models").fill("50");
  await expect(luna).toContainText("50 % reasoning");
  await expect.poll(() => params(page).get("rs")).toBe("50");
  // GPT-6 Luna reasons: at 50 % it writes twice the output of the file's non-reasoning models.
  await expect(luna.getByRole("cell").nth(1)).not.toHaveText(before);

  await page.getByLabel("Tier").selectOption("batch");
  await expect.poll(() => params(page).get("tier")).toBe("batch");
  await expect(page.getByRole("heading", { name: "Not offered on this tier" })).toBeVisible();

  await table.getByRole("button", { name: "Per 30 days", exact: true }).click();
  await expect.poll(() => params(page).get("sort")).toBe("-monthly");
  const totals = (await table.getByRole("row").all()).slice(1);
  const figures = await Promise.all(
    totals.map(async (r) => Number((await r.getByRole("cell").nth(1).innerText()).split("\n")[0]!.replace(/[$,]|at least/g, ""))),
  );
  expect(figures).toEqual([...figures].sort((a, b) => b - a));

  // The link reopens all of it, rendered by the server from the summary.
  await page.reload();
  await expect(page.getByText("From a shared summary")).toBeVisible();
  await expect(page.getByLabel("Tier")).toHaveValue("batch");
  await expect(page.getByLabel("Reasoning share on the other models")).toHaveValue("50");
  await expect(table.getByRole("row", { name: /^GPT-6 Luna/ })).toContainText("50 % reasoning");
  expect(errors).toEqual([]);
});

test("the Usage API pages give the same bill as the CSV export; pasted JSON is read too", async ({ page }) => {
  await loadSample(page);
  const fromCsv = await billTotal(page).innerText();
  await load(page, [jsonFile(USAGE_JSON)]);
  await expect(page.getByText("From usage-completions.json (Usage API JSON, 5 pages, 150 results)")).toBeVisible();
  await expect(billTotal(page)).toHaveText(fromCsv);

  // The first page of the Usage API's answer (7 daily buckets), pasted.
  const firstPage = JSON.stringify((JSON.parse(sample(USAGE_JSON).toString("utf8")) as unknown[])[0]);
  await page.getByText("Paste JSON instead").click();
  await page.getByLabel(/^JSON from the Usage or Costs API/).fill(firstPage);
  await page.getByRole("button", { name: "Read pasted JSON" }).click();
  await expect(page.getByText("From pasted text (Usage API JSON, 1 page, 35 results)")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your bill, Oct 25, 2026 to Oct 31, 2026 (7 days)" })).toBeVisible();
  // A costs file chosen next reconciles against the usage already loaded, over the days both cover.
  await load(page, [jsonFile(COSTS_JSON)]);
  await expect(page.getByText(/^From pasted text \(Usage API JSON.*\) and costs\.json \(Costs API JSON/)).toBeVisible();
  await expect(
    page.getByRole("heading", { name: /^Against your costs file \(Oct 25, 2026 to Oct 31, 2026, 7 days in both files\)$/ }),
  ).toBeVisible();
  await expect(page.getByTestId("reconcile-percent")).toHaveText("0.0 %");
});

test.describe("bad input: a clear message, and the previous result stays", () => {
  const usageHeader = sample(USAGE_CSV).toString("utf8").split("\n")[0]!;
  const firstRow = sample(USAGE_CSV).toString("utf8").split("\n")[1]!;

  const cases: { name: string; files: () => FileSpec[]; message: RegExp | string }[] = [
    {
      name: "neither JSON nor CSV",
      files: () => [csvFile("notes.txt", Buffer.from("Dear team\nhere is the usage for October, as promised.\n"))],
      message: "This is neither JSON nor CSV.",
    },
    {
      name: "truncated JSON",
      files: () => [jsonFile("usage.json", sample(USAGE_JSON).subarray(0, 5_000))],
      message: /The JSON ends early \(after [\d,]+ characters\)/,
    },
    {
      name: "an HTML error page",
      files: () => [
        jsonFile(
          "usage.json",
          Buffer.from("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"),
        ),
      ],
      message: "This is a web page (HTML) titled “502 Bad Gateway”",
    },
    {
      name: "a CSV without a required column",
      files: () => [
        csvFile(
          "usage.csv",
          Buffer.from(`${usageHeader.replace(",num_model_requests", "")}\n${firstRow.replace(/,\d+,(proj_)/, ",$1")}\n`),
        ),
      ],
      message: "This usage CSV has no “num_model_requests” column.",
    },
    {
      name: "usage not grouped by model",
      files: () => [
        jsonFile(
          "usage.json",
          Buffer.from(
            sample(USAGE_JSON)
              .toString("utf8")
              .replace(/"model": "[^"]+"/g, '"model": null'),
          ),
        ),
      ],
      message: /does not say which model ran it: the model is empty in every record\. Export it grouped by model/,
    },
    {
      name: "costs in two currencies",
      files: () => [
        csvFile(USAGE_CSV),
        jsonFile(COSTS_JSON),
        jsonFile("costs-eur.json", Buffer.from(sample(COSTS_JSON).toString("utf8").replace(/"usd"/g, '"eur"'))),
      ],
      message: "Costs are in more than one currency (USD and EUR)",
    },
    {
      name: "a negative count",
      files: () => [
        csvFile("usage.csv", Buffer.from(`${usageHeader}\n${firstRow}\n${firstRow.replace(/^((?:[^,]*,){5})\d+/, "$1-5")}\n`)),
      ],
      message: 'usage.csv: row 3: output_tokens is "-5", a count cannot be negative',
    },
    {
      name: "a count that is not a number",
      files: () => [csvFile("usage.csv", Buffer.from(`${usageHeader}\n${firstRow.replace(/^((?:[^,]*,){4})\d+/, "$1lots")}\n`))],
      message: /usage\.csv: row 2: input_tokens/,
    },
  ];

  for (const c of cases) {
    test(c.name, async ({ page }) => {
      await loadSample(page);
      const shown = await billTotal(page).innerText();
      await load(page, c.files());
      await expect(problemAlert(page)).toContainText(c.message);
      await expect(problemAlert(page)).toContainText("The figures below are still those of the files loaded before.");
      await expect(billTotal(page)).toHaveText(shown);
    });
  }

  test("duplicate pages are counted once", async ({ page }) => {
    await page.goto("/usage");
    await load(page, [jsonFile(USAGE_JSON)]);
    const once = await billTotal(page).innerText();
    await load(page, [jsonFile(USAGE_JSON), jsonFile("usage-again.json", sample(USAGE_JSON))]);
    await expect(page.getByText(/usage-completions\.json .* and usage-again\.json/)).toBeVisible();
    await expect(
      page.getByText(/^30 duplicate usage buckets \(5 whole pages\) had already been loaded and were counted once\.$/),
    ).toBeVisible();
    await expect(billTotal(page)).toHaveText(once);
  });

  test("a 50 MB file is refused at once, without reading it", async ({ page }) => {
    await loadSample(page);
    const shown = await billTotal(page).innerText();
    // Built in the page (Playwright passes at most 50 MB through setInputFiles).
    const ms = await page.getByLabel("Choose files").evaluate((input: HTMLInputElement) => {
      const file = new File([new Uint8Array(50 * 1024 * 1024)], "everything.csv", { type: "text/csv" });
      const dt = new DataTransfer();
      dt.items.add(file);
      input.files = dt.files;
      const t0 = performance.now();
      input.dispatchEvent(new Event("change", { bubbles: true }));
      return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now() - t0)));
    });
    await expect(problemAlert(page)).toContainText(
      "everything.csv: The file is 50.0 MB; the largest file this page reads is 40.0 MB.",
    );
    await expect(billTotal(page)).toHaveText(shown);
    // Reported, not asserted: the next frame after choosing the file.
    test.info().annotations.push({ type: "50 MB refusal, next frame after", description: `${Math.round(ms)} ms` });
  });
});

test("a large file shows its progress and can be cancelled", async ({ page }) => {
  await loadSample(page);
  const shown = await billTotal(page).innerText();
  // About 30 MB of the sample's rows, built in the page (under the 40 MB limit).
  await page.getByLabel("Choose files").evaluate((input: HTMLInputElement, csv: string) => {
    const [header, ...rows] = csv.trim().split("\n");
    const body = `${rows.join("\n")}\n`;
    const parts = [`${header}\n`];
    for (let size = 0; size < 30 * 1024 * 1024; size += body.length) parts.push(body);
    const dt = new DataTransfer();
    dt.items.add(new File(parts, "big-usage.csv", { type: "text/csv" }));
    input.files = dt.files;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }, sample(USAGE_CSV).toString("utf8"));
  await expect(page.getByRole("progressbar", { name: "Reading your files" })).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reading was cancelled." })).toContainText(
    "The figures below are still those of the files loaded before.",
  );
  await expect(page.getByRole("progressbar")).toHaveCount(0);
  await expect(billTotal(page)).toHaveText(shown);
  // The page still reads files after a cancel (a new worker starts).
  await load(page, [jsonFile(USAGE_JSON)]);
  await expect(page.getByText("From usage-completions.json (Usage API JSON, 5 pages, 150 results)")).toBeVisible();
});

test("a damaged summary in a link is explained, and the page still works", async ({ page }) => {
  await page.goto("/usage?sum=AQ");
  await expect(page.getByRole("status").filter({ hasText: "Parts of this link were adjusted" })).toContainText(
    "This link's usage summary is damaged or incomplete",
  );
  await expect(billTotal(page)).toHaveCount(0);
});

test("main navigation leads to Your bill; the page fits a phone", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Your bill" }).click();
  await expect(page).toHaveURL(/\/usage$/);
  await expect(page.getByRole("link", { name: "Your bill" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Nothing is uploaded.")).toBeVisible();
  await page.setViewportSize({ width: 375, height: 800 });
  await load(page, [csvFile(USAGE_CSV), csvFile(COSTS_CSV)]);
  await expect(billTotal(page)).toBeVisible();
  await expectNoSidewaysOverflow(page, "/usage with results at 375 px");
});

test("axe: no violations, light and dark, empty and with results", async ({ page }) => {
  await loadSample(page);
  const shared = page.url();
  for (const theme of ["Light", "Dark"] as const) {
    await page.goto("/usage");
    await chooseTheme(page, theme);
    await expectNoAxeViolations(page);
    await page.goto(shared);
    await expect(page.getByText("From a shared summary")).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
