import fs from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";

import { parseCsv } from "../lib/export/csv-reader.test-helpers";
import { chooseTheme, expectNoAxeViolations, expectNoSidewaysOverflow, params, trackErrors } from "./helpers";

/*
 * The oracle: the catalog's JSON files read directly (not through lib/charts), so the charts'
 * shaping code is checked against the data, not against itself.
 */
const TODAY = process.env.NAVIGATOR_TODAY ?? "2026-11-25";
type RawLifecycle = { status: string; shutdownDate: string | null };
type RawScore = { name: string; value: number; unit: string; reportedBy: string; source: string; date: string | null };
type RawTier = {
  input: { value: number | null };
  cachedInput: { value: number | null };
  output: { value: number | null };
} | null;
type RawModel = {
  id: string;
  aliasOf: string | null;
  snapshots: { id: string; lifecycle?: RawLifecycle }[];
  lifecycle: RawLifecycle;
  sources: Record<string, { title: string; url: string; verifiedOn: string }>;
  benchmarks: RawScore[];
  limits: { contextWindow: { value: number | null }; maxOutput: { value: number | null } };
  pricing: Record<"standard" | "batch" | "flex" | "fast", RawTier>;
};
const DATA = path.join(process.cwd(), "data", "models");
const catalog: RawModel[] = fs
  .readdirSync(DATA)
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(fs.readFileSync(path.join(DATA, f), "utf8")));

function callable(m: RawModel): boolean {
  const l = m.snapshots.find((s) => s.id === m.aliasOf)?.lifecycle ?? m.lifecycle;
  if (l.shutdownDate && l.shutdownDate <= TODAY) return false;
  return l.status === "active" || l.status === "deprecated";
}
const callableModels = catalog.filter(callable);
const DAY_MS = 86_400_000;
/** Callable for more than 90 days from TODAY (the headline rule's "lasting"). */
function lasting(m: RawModel): boolean {
  const l = m.snapshots.find((s) => s.id === m.aliasOf)?.lifecycle ?? m.lifecycle;
  return callable(m) && (!l.shutdownDate || (Date.parse(l.shutdownDate) - Date.parse(TODAY)) / DAY_MS > 90);
}
/** The exports' dataVerifiedOn: the newest verified-on date of any source. */
const VERIFIED_ON = catalog
  .flatMap((m) => Object.values(m.sources).map((s) => s.verifiedOn))
  .sort()
  .at(-1)!;
const pct = (v: number) => `${new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 }).format(v)}%`;
const usd = (v: number) =>
  new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: "USD",
    minimumFractionDigits: 2,
    maximumFractionDigits: 4,
  }).format(v);
const tokens = (v: number) => new Intl.NumberFormat("en-US").format(v);
const firstScore = (m: RawModel, name: string, by: string) => m.benchmarks.find((b) => b.name === name && b.reportedBy === by);

/** Per model with a score: its drawn values (first self-reported, first independent). */
function expectedScores(models: RawModel[], name: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of models) {
    const vals = ["self-reported", "independent"].flatMap((by) => {
      const s = firstScore(m, name, by);
      return s ? [pct(s.value)] : [];
    });
    if (vals.length) out.set(m.id, vals);
  }
  return out;
}

const region = (page: Page, name: string) => page.getByRole("region", { name });
const benchFigure = (page: Page, bench: string) =>
  region(page, "Benchmark scores").getByRole("figure", { name: `Bar chart: ${bench} scores by model` });

/** Charts are drawn as they come near the viewport: scroll each one there and wait for it. */
async function drawAll(page: Page) {
  for (const figure of await page.getByRole("figure").all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.getByRole("application")).toBeVisible();
  }
}

async function drawn(figure: Locator): Promise<Locator> {
  await figure.scrollIntoViewIfNeeded();
  const chart = figure.getByRole("application");
  await expect(chart).toBeVisible();
  return chart;
}

/** Every expected model is a bar with its value label; no other model is drawn. */
async function expectBars(figure: Locator, expected: Map<string, string[]>) {
  await drawn(figure);
  for (const [id, values] of expected) {
    await expect(figure.getByText(id, { exact: true }), id).toBeVisible();
    for (const v of values) await expect(figure.getByText(v, { exact: true }).first(), `${id} ${v}`).toBeVisible();
  }
  for (const m of catalog)
    if (!expected.has(m.id)) await expect(figure.getByText(m.id, { exact: true }), `${m.id} not drawn`).toHaveCount(0);
}

/**
 * Walks a chart with the keyboard (recharts' accessibility layer): focus shows the first
 * tooltip, each arrow press the next one. Returns the tooltip texts in chart order.
 */
async function readTooltips(scope: Locator, page: Page, count: number, key: "ArrowDown" | "ArrowRight"): Promise<string[]> {
  const chart = await drawn(scope);
  await chart.focus();
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) {
      const before = texts[i - 1];
      await page.keyboard.press(key);
      await expect(scope.getByRole("tooltip")).not.toHaveText(before ?? "");
    }
    await expect(scope.getByRole("tooltip")).toBeVisible();
    texts.push(await scope.getByRole("tooltip").innerText());
  }
  return texts;
}

/** Body rows of a table twin as [row header, ...cells] texts. */
async function tableRows(scope: Locator): Promise<string[][]> {
  const rows = scope.getByRole("table").getByRole("row");
  const n = await rows.count();
  const out: string[][] = [];
  for (let i = 1; i < n; i++) {
    const row = rows.nth(i);
    out.push([
      (await row.getByRole("rowheader").innerText()).split("\n")[0]!.trim(),
      ...(await row.getByRole("cell").allInnerTexts()).map((t) => t.trim()),
    ]);
  }
  return out;
}

/** Clicks a chart's own download button and returns the file's name and text. */
async function download(page: Page, scope: Locator, kind: "CSV" | "JSON"): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    scope.getByRole("button", { name: new RegExp(`^Download ${kind} of `) }).click(),
  ]);
  return { name: file.suggestedFilename(), text: fs.readFileSync((await file.path())!, "utf8") };
}
const downloadCsv = async (page: Page, scope: Locator) => parseCsv((await download(page, scope, "CSV")).text);
/** A column of a CSV (header row first) by its header text. */
function csvColumn(csv: string[][], header: string): string[] {
  const i = csv[0]!.indexOf(header);
  expect(i, `column "${header}" in ${csv[0]!.join(" | ")}`).toBeGreaterThanOrEqual(0);
  return csv.slice(1).map((r) => r[i]!);
}
/** A figure that is not published is an empty CSV cell; the table twin says "not published". */
const orUnknown = (v: string, format: (n: number) => string) => (v === "" ? "not published" : format(Number(v)));

test("benchmark chart: MMLU by default, and switching redraws the bars from the catalog", async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto("/");
  await page.goto("/charts");
  const bench = region(page, "Benchmark scores");
  const select = bench.getByRole("combobox", { name: "Benchmark" });
  await expect(select).toHaveValue("mmlu");
  await expectBars(benchFigure(page, "MMLU"), expectedScores(callableModels, "MMLU"));
  await expect(bench.getByText(/near saturation/)).toBeVisible();

  await select.selectOption("gpqa-diamond");
  await expect.poll(() => params(page).get("b")).toBe("gpqa-diamond");
  const gpqa = expectedScores(callableModels, "GPQA Diamond");
  expect(gpqa.get("gpt-5.4-mini")).toEqual(["88%"]);
  await expectBars(benchFigure(page, "GPQA Diamond"), gpqa);
  const missing = callableModels.filter((m) => !gpqa.has(m.id)).map((m) => m.id);
  const note = bench.getByText("GPQA Diamond not published:").locator("..");
  for (const id of missing) await expect(note).toContainText(id);

  await select.selectOption("swe-bench-verified");
  await expect.poll(() => params(page).get("b")).toBe("swe-bench-verified");
  await expectBars(benchFigure(page, "SWE-bench Verified"), expectedScores(callableModels, "SWE-bench Verified"));

  await page.reload();
  await expect(select).toHaveValue("swe-bench-verified");
  await expectBars(benchFigure(page, "SWE-bench Verified"), expectedScores(callableModels, "SWE-bench Verified"));
  await page.goBack(); // choices replace the history entry: back leaves the view
  await expect(page).toHaveURL(/\/$/);
  await page.goForward();
  await expect(select).toHaveValue("swe-bench-verified");
  expect(errors).toEqual([]);
});

test("a focused bar shows value, source and date; self-reported and independent scores are told apart", async ({ page }) => {
  await page.goto("/charts?old=1&b=gpqa-diamond");
  const figure = benchFigure(page, "GPQA Diamond");
  const expected = expectedScores(catalog, "GPQA Diamond");
  const tips = await readTooltips(figure, page, expected.size, "ArrowDown");
  const nano = tips.find((t) => t.startsWith("gpt-4.1-nano"));
  const raw = catalog.find((m) => m.id === "gpt-4.1-nano")!;
  const self = firstScore(raw, "GPQA Diamond", "self-reported")!;
  const indep = firstScore(raw, "GPQA Diamond", "independent")!;
  expect(nano).toContain(`${pct(self.value)} self-reported`);
  expect(nano).toContain(`${pct(indep.value)} independent`);
  expect(nano).toContain(raw.sources[self.source]!.title);
  expect(nano).toContain("Apr 14, 2025");
  expect(nano).toContain("date not shown"); // the independent source shows no date
  expect(nano).toContain("Shut down Oct 23, 2026");
  // Best first: the first bar is the top score.
  const best = Math.max(...[...expected.values()].flat().map((v) => Number(v.replace("%", ""))));
  expect(tips[0]).toContain(pct(best));
  await expect(region(page, "Benchmark scores").getByRole("list", { name: "Legend" })).toContainText("Self-reported (by OpenAI)");
  await expect(region(page, "Benchmark scores").getByRole("list", { name: "Legend" })).toContainText("Independent (third party)");
});

test("include retired models brings back the article's three; the chooser narrows the models", async ({ page }) => {
  await page.goto("/charts");
  const retired = page.getByRole("checkbox", { name: "Include retired models" });
  const figure = benchFigure(page, "MMLU");
  await expect(retired).not.toBeChecked();
  await expect(figure.getByText("gpt-4.1-mini", { exact: true })).toBeVisible();
  await expect(figure.getByText("gpt-4.1-nano", { exact: true })).toHaveCount(0);

  await retired.check();
  await expect.poll(() => params(page).get("old")).toBe("1");
  const three = { "gpt-4.1-mini": "87.5%", "gpt-4.1-nano": "80.1%", "gpt-4o-mini": "82%" };
  for (const [id, v] of Object.entries(three)) {
    await expect(figure.getByText(id, { exact: true })).toBeVisible();
    await expect(figure.getByText(v, { exact: true })).toBeVisible();
  }
  await expect(figure.getByText("Shut down", { exact: true })).toBeVisible(); // nano's lifecycle line
  await expectBars(figure, expectedScores(catalog, "MMLU"));

  await page.getByText(/^Models: \d+ of \d+ shown$/).click();
  await page.getByRole("checkbox", { name: /^gpt-4\.1 / }).uncheck();
  await expect.poll(() => params(page).get("m")?.split(",")).not.toContain("gpt-4.1");
  expect(params(page).get("m")?.split(",")).toContain("gpt-4.1-nano");
  await expect(figure.getByText("gpt-4.1", { exact: true })).toHaveCount(0);
  await expect(figure.getByText("gpt-4.1-nano", { exact: true })).toBeVisible();

  await retired.uncheck();
  await expect.poll(() => params(page).get("old")).toBeNull();
  await expect(figure.getByText("gpt-4.1-nano", { exact: true })).toHaveCount(0);
  expect(params(page).get("m")?.split(",")).not.toContain("gpt-4.1-nano");

  await page.reload();
  await expect(figure.getByText("gpt-4.1", { exact: true })).toHaveCount(0);
  await expect(figure.getByText("gpt-4.1-mini", { exact: true })).toBeVisible();
  await page.getByText(/^Models: \d+ of \d+ shown$/).click();
  await page.getByRole("button", { name: "Show all models" }).click();
  await expect.poll(() => params(page).get("m")).toBeNull();
  await expect(figure.getByText("gpt-4.1", { exact: true })).toBeVisible();
});

test("table twins hold the chart's numbers, and each chart's CSV and JSON hold the table's", async ({ page }) => {
  await page.goto("/charts?old=1");

  // Benchmark scores (MMLU)
  const bench = region(page, "Benchmark scores");
  const mmlu = expectedScores(catalog, "MMLU");
  const benchTips = await readTooltips(benchFigure(page, "MMLU"), page, mmlu.size, "ArrowDown");
  await bench.getByRole("button", { name: "Show as table" }).click();
  await expect.poll(() => params(page).get("tbl")).toBe("bench");
  await expect(bench.getByRole("button", { name: "Show as table" })).toHaveAttribute("aria-pressed", "true");
  const benchTable = await tableRows(bench);
  for (const tip of benchTips) {
    const id = tip.split("\n")[0]!;
    const row = benchTable.find((r) => r[0] === id && tip.includes(`${r[2]} self-reported`));
    expect(row, id).toBeTruthy();
  }
  const benchCsv = await downloadCsv(page, bench);
  expect(benchCsv[0]!.slice(0, 7)).toEqual([
    "Model ID",
    "Name",
    "Lifecycle",
    "Shutdown date (YYYY-MM-DD)",
    "Size",
    "Benchmark",
    "MMLU (%)",
  ]);
  const benchScores = csvColumn(benchCsv, "MMLU (%)").map((v) => orUnknown(v, pct));
  expect(csvColumn(benchCsv, "Model ID").map((id, i) => [id, benchScores[i]])).toEqual(benchTable.map((r) => [r[0], r[2]]));
  await expect(bench.getByRole("group", { name: "Export benchmark scores" })).toContainText(
    `Downloaded ${benchTable.length} rows as CSV`,
  );

  // Prices (Standard)
  const prices = region(page, "Prices");
  const priced = catalog.filter((m) => {
    const t = m.pricing.standard;
    return t !== null && [t.input, t.cachedInput, t.output].some((f) => f.value !== null);
  });
  const priceTips = await readTooltips(prices.getByRole("figure"), page, priced.length, "ArrowDown");
  await prices.getByRole("button", { name: "Show as table" }).click();
  await expect.poll(() => params(page).get("tbl")).toBe("bench,price");
  const priceTable = await tableRows(prices);
  for (const tip of priceTips) {
    const id = tip.split("\n")[0]!;
    const raw = catalog.find((m) => m.id === id)!;
    const row = priceTable.find((r) => r[0] === id)!;
    expect(row[2]).toBe(usd(raw.pricing.standard!.input.value!));
    expect(tip).toContain(row[2]);
    expect(tip).toContain(row[4]);
  }
  const priceCsv = await downloadCsv(page, prices);
  const priceInputs = csvColumn(priceCsv, "Input price (USD per 1M tokens)").map((v) => orUnknown(v, usd));
  expect(csvColumn(priceCsv, "Model ID").map((id, i) => [id, priceInputs[i]])).toEqual(priceTable.map((r) => [r[0], r[2]]));
  expect(csvColumn(priceCsv, "Output price (USD per 1M tokens)").map((v) => orUnknown(v, usd))).toEqual(
    priceTable.map((r) => r[4]),
  );
  const priceJson = await download(page, prices, "JSON");
  expect(priceJson.name).toBe(`charts-prices-standard-${VERIFIED_ON}.json`);
  const pj = JSON.parse(priceJson.text);
  expect(pj).toMatchObject({ view: "charts", title: "Prices: Standard tier", dataVerifiedOn: VERIFIED_ON });
  expect(new URL(pj.link, "http://x").searchParams.get("tbl")).toBe("bench,price");
  expect(
    pj.rows.map((r: { model: string; input: number | null }) => [r.model, r.input === null ? "not published" : usd(r.input)]),
  ).toEqual(priceTable.map((r) => [r[0], r[2]]));

  // Context: exact numbers, not "1M"
  const context = region(page, "Context window and max output");
  await expect(context.getByRole("figure").getByText("1,047,576", { exact: true }).first()).toBeVisible();
  const withLimits = catalog.filter((m) => m.limits.contextWindow.value !== null || m.limits.maxOutput.value !== null);
  const ctxTips = await readTooltips(context.getByRole("figure"), page, withLimits.length, "ArrowDown");
  await context.getByRole("button", { name: "Show as table" }).click();
  const ctxTable = await tableRows(context);
  for (const tip of ctxTips) {
    const id = tip.split("\n")[0]!;
    const raw = catalog.find((m) => m.id === id)!;
    const row = ctxTable.find((r) => r[0] === id)!;
    expect(row[2]).toBe(tokens(raw.limits.contextWindow.value!));
    expect(tip).toContain(`${row[2]} tokens`);
  }
  const ctxCsv = await downloadCsv(page, context);
  const ctxIds = csvColumn(ctxCsv, "Model ID");
  const ctxWindows = csvColumn(ctxCsv, "Context window (tokens)");
  expect(ctxWindows[ctxIds.indexOf("gpt-4.1-mini")]).toBe("1047576");
  expect(csvColumn(ctxCsv, "Max output (tokens)")[ctxIds.indexOf("gpt-4.1-mini")]).toBe("32768");
  expect(ctxIds.map((id, i) => [id, orUnknown(ctxWindows[i]!, tokens)])).toEqual(ctxTable.map((r) => [r[0], r[2]]));

  // Quality against price (GPQA Diamond, 3:1)
  const quality = region(page, "Quality against price");
  const points = [...expectedScores(catalog, "GPQA Diamond").values()].flat().length;
  const qTips = await readTooltips(quality.getByRole("figure"), page, points, "ArrowRight");
  await quality.getByRole("button", { name: "Show as table" }).click();
  await expect.poll(() => params(page).get("tbl")).toBe("bench,price,context,quality");
  const qTable = await tableRows(quality);
  expect(qTable.length).toBe(points);
  for (const tip of qTips) {
    const id = tip.split("\n")[0]!;
    expect(
      qTable.some((r) => r[0] === id && tip.includes(`${r[2]} GPQA Diamond`) && tip.includes(`${r[4]} blended`)),
      tip,
    ).toBe(true);
  }
  const qCsv = await downloadCsv(page, quality);
  const blended = csvColumn(qCsv, "Blended price (USD per 1M tokens)").map((v) => usd(Number(v)));
  expect(csvColumn(qCsv, "Model ID").map((id, i) => [id, blended[i]])).toEqual(qTable.map((r) => [r[0], r[4]]));
  expect(csvColumn(qCsv, "Input share of the blend (%)").every((v) => v === "75")).toBe(true);
  const qJson = JSON.parse((await download(page, quality, "JSON")).text);
  expect(qJson.title).toBe("Quality against price: GPQA Diamond, Standard tier, 75% input");
  expect(qJson.rows.filter((r: { onFrontier: boolean }) => r.onFrontier).length).toBe(
    qTable.filter((r) => r[7] === "Yes").length,
  );

  // Every chart's buttons have their own names.
  const names = await page
    .getByRole("button", { name: /^Download (CSV|JSON) of / })
    .evaluateAll((els) => els.map((e) => e.textContent));
  expect(names).toHaveLength(8);
  expect(new Set(names).size).toBe(8);

  // The tables were in the server's HTML too (no JavaScript needed for a table link).
  const noJs = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(page.url());
  expect(await tableRows(plain.getByRole("region", { name: "Prices" }))).toEqual(priceTable);
  await noJs.close();
});

test("each chart's export follows the view's choices: models, tier, benchmark", async ({ page }) => {
  await page.goto("/charts?m=gpt-5.4-mini,gpt-5.4-nano,gpt-6-luna&tier=batch&b=gpqa-diamond&tbl=bench");
  const bench = region(page, "Benchmark scores");
  const benchTable = await tableRows(bench);
  const benchCsv = await downloadCsv(page, bench);
  const ids = csvColumn(benchCsv, "Model ID");
  expect(new Set(ids)).toEqual(new Set(["gpt-5.4-mini", "gpt-5.4-nano", "gpt-6-luna"]));
  expect(ids.map((id, i) => [id, orUnknown(csvColumn(benchCsv, "GPQA Diamond (%)")[i]!, pct)])).toEqual(
    benchTable.map((r) => [r[0], r[2]]),
  );

  // Sorting the table re-orders the export.
  await bench.getByRole("button", { name: /^GPQA Diamond score/ }).click();
  await expect.poll(() => params(page).get("sb")).not.toBeNull();
  const sorted = await tableRows(bench);
  expect(csvColumn(await downloadCsv(page, bench), "Model ID")).toEqual(sorted.map((r) => r[0]));

  const prices = region(page, "Prices");
  const { name, text } = await download(page, prices, "CSV");
  expect(name).toBe(`charts-prices-batch-${VERIFIED_ON}.csv`);
  const priceCsv = parseCsv(text);
  expect(new Set(csvColumn(priceCsv, "Service tier"))).toEqual(new Set(["Batch"]));
  for (const [i, id] of csvColumn(priceCsv, "Model ID").entries()) {
    const batch = catalog.find((m) => m.id === id)!.pricing.batch;
    const input = csvColumn(priceCsv, "Input price (USD per 1M tokens)")[i];
    expect(input, id).toBe(batch?.input.value == null ? "" : String(batch.input.value));
  }
});

test("quality against price: blended price follows the mix, the frontier is the cost-efficient set of lasting models", async ({
  page,
}) => {
  await page.goto("/charts?tbl=quality");
  const quality = region(page, "Quality against price");
  const mix = quality.getByRole("slider", { name: "Token mix (input share)" });
  await expect(mix).toHaveValue("75");

  const points = callableModels.flatMap((m) =>
    ["self-reported", "independent"].flatMap((by) => {
      const s = firstScore(m, "GPQA Diamond", by);
      const t = m.pricing.standard;
      if (!s || !t || t.input.value === null || t.output.value === null) return [];
      return [{ id: m.id, score: s.value, input: t.input.value, output: t.output.value }];
    }),
  );
  const blend = (p: (typeof points)[number], share: number) => (share * p.input + (100 - share) * p.output) / 100;
  // The frontier runs through models that stay callable past 90 days; retiring points are plotted, not crowned.
  const frontier = (share: number) => {
    let best = -Infinity;
    const ids: string[] = [];
    const lastingIds = new Set(callableModels.filter(lasting).map((m) => m.id));
    for (const p of points
      .filter((q) => lastingIds.has(q.id))
      .sort((a, b) => blend(a, share) - blend(b, share) || b.score - a.score)) {
      if (p.score > best) {
        ids.push(p.id);
        best = p.score;
      }
    }
    return ids.sort();
  };
  const check = async (share: number) => {
    const rows = await tableRows(quality);
    for (const p of points) expect(rows.find((r) => r[0] === p.id)?.[4], p.id).toBe(usd(blend(p, share)));
    expect(
      rows
        .filter((r) => r[7] === "Yes")
        .map((r) => r[0])
        .sort(),
    ).toEqual(frontier(share));
  };
  await check(75);
  // gpt-4o-mini (GPQA 40.2, retiring Jan 14, 2027, 50 days away) was on it before the rule.
  expect(frontier(75)).toEqual(["gpt-5.4-mini", "gpt-5.4-nano"]);

  await mix.focus();
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(mix).toHaveValue("65");
  await expect.poll(() => params(page).get("mix")).toBe("65");
  await expect(quality.getByText("65% input, 35% output (13:7)")).toBeVisible();
  await check(65);
  await page.reload();
  await expect(mix).toHaveValue("65");
  await check(65);
});

test("quality against price: the frontier can include retiring models, and says so in the URL", async ({ page }) => {
  await page.goto("/charts?tbl=quality");
  const quality = region(page, "Quality against price");
  const toggle = quality.getByRole("checkbox", { name: "Frontier through models that stay callable" });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect.poll(() => params(page).get("qf")).toBe("shown");
  // Over every callable point at 3:1, gpt-4o-mini ($0.2625 blended, GPQA 40.2%) is the cheapest: on the frontier.
  await expect
    .poll(async () =>
      (await tableRows(quality))
        .filter((r) => r[7] === "Yes")
        .map((r) => r[0])
        .sort(),
    )
    .toEqual(["gpt-4o-mini", "gpt-5.4-mini", "gpt-5.4-nano"]);
  await page.reload();
  await expect(quality.getByRole("checkbox", { name: "Frontier through models that stay callable" })).not.toBeChecked();
});

test("every choice lives in the URL: reload and a copied link in a fresh browser reproduce the charts", async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/charts");
  await page.getByRole("combobox", { name: /^Service tier/ }).selectOption("batch");
  await expect.poll(() => params(page).get("tier")).toBe("batch");
  const prices = region(page, "Prices");
  await prices.getByRole("radio", { name: "Logarithmic" }).check();
  await expect.poll(() => params(page).get("scale")).toBe("log");
  await drawn(prices.getByRole("figure"));
  await expect(prices.getByRole("figure").getByText("USD per 1M tokens (log scale)")).toBeVisible();
  const quality = region(page, "Quality against price");
  await quality.getByRole("combobox", { name: "Benchmark" }).selectOption("mmlu");
  await expect.poll(() => params(page).get("qb")).toBe("mmlu");
  await quality.getByRole("radio", { name: "Logarithmic" }).check();
  await expect.poll(() => params(page).get("qscale")).toBe("log");
  await page.getByRole("checkbox", { name: "Include retired models" }).check();
  await expect.poll(() => params(page).get("old")).toBe("1");
  const ctxRegion = region(page, "Context window and max output");
  await ctxRegion.getByRole("button", { name: "Show as table" }).click();
  await expect.poll(() => params(page).get("tbl")).toBe("context");
  await ctxRegion.getByRole("button", { name: "Max output (tokens)" }).click();
  await expect.poll(() => params(page).get("sc")).toBe("-maxOutput");
  await expect(ctxRegion.getByRole("columnheader", { name: "Max output (tokens)" })).toHaveAttribute("aria-sort", "descending");
  const ctxRows = await tableRows(ctxRegion);
  expect(ctxRows[0]?.[3]).toBe("128,000");

  const snapshot = async (p: Page) => ({
    tier: await p.getByRole("combobox", { name: /^Service tier/ }).inputValue(),
    priceLog: await region(p, "Prices").getByRole("radio", { name: "Logarithmic" }).isChecked(),
    qbench: await region(p, "Quality against price").getByRole("combobox", { name: "Benchmark" }).inputValue(),
    retired: await p.getByRole("checkbox", { name: "Include retired models" }).isChecked(),
    contextTable: await tableRows(region(p, "Context window and max output")),
    priceNotes: await region(p, "Prices").innerText(),
  });
  await drawn(prices.getByRole("figure"));
  const before = await snapshot(page);
  expect(before).toMatchObject({ tier: "batch", priceLog: true, qbench: "mmlu", retired: true });
  expect(before.priceNotes).toContain("Not offered on Batch:");

  await page.reload();
  await drawn(prices.getByRole("figure"));
  expect(await snapshot(page)).toEqual(before);

  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const sorted = (p: URLSearchParams) => [...p.entries()].sort(([a], [b]) => a.localeCompare(b));
  expect(sorted(new URL(copied).searchParams)).toEqual(sorted(params(page)));
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(copied);
  await drawn(region(other, "Prices").getByRole("figure"));
  expect(await snapshot(other)).toEqual(before);
  await fresh.close();
});

test("unreadable parameters fall back to defaults with a notice", async ({ page }) => {
  const errors = trackErrors(page);
  await page.goto("/charts?b=%3Cscript%3E&mix=-5&tier=premium&m=gpt-9-imaginary&qb=made-up&scale=cubic&tbl=pie&sb=zzz&old=maybe");
  const notice = page.getByRole("status").filter({ hasText: "could not read" });
  await expect(notice).toBeVisible();
  for (const key of ["b", "mix", "tier", "m", "qb", "scale", "tbl", "sb", "old"]) await expect(notice).toContainText(key);
  await expect(notice).toContainText("<script>");
  await expect(region(page, "Benchmark scores").getByRole("combobox", { name: "Benchmark" })).toHaveValue("mmlu");
  await expect(region(page, "Quality against price").getByRole("slider")).toHaveValue("75");
  await expectBars(benchFigure(page, "MMLU"), expectedScores(callableModels, "MMLU"));
  expect(errors).toEqual([]);
});

test("charting code loads only for the scatter, and only when it is shown", async ({ page }) => {
  const marker = "recharts-wrapper";
  const loaded: string[] = [];
  const reading: Promise<void>[] = [];
  page.on("response", (res) => {
    if (!res.url().endsWith(".js")) return;
    reading.push(
      res.text().then(
        (body) => void (body.includes(marker) && loaded.push(res.url())),
        () => undefined,
      ),
    );
  });
  const settled = async () => {
    await page.waitForLoadState("networkidle");
    await Promise.all(reading);
  };
  await page.goto("/");
  await settled();
  await page.goto("/models/gpt-6-luna");
  await settled();
  expect(loaded).toEqual([]);
  // The three bar charts are HTML: drawn, focusable, and no charting library.
  await page.goto("/charts?tbl=quality");
  await drawAll(page);
  await expect(page.getByRole("application")).toHaveCount(3);
  await settled();
  expect(loaded).toEqual([]);
  await region(page, "Quality against price").getByRole("button", { name: "Show as table" }).click();
  await drawn(region(page, "Quality against price").getByRole("figure"));
  await settled();
  expect(loaded.length).toBeGreaterThan(0);
});

test("the bar charts are in the page's HTML: readable before and without JavaScript", async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto("/charts?b=gpqa-diamond");
  await expectBars(benchFigure(page, "GPQA Diamond"), expectedScores(callableModels, "GPQA Diamond"));
  const prices = region(page, "Prices").getByRole("figure");
  await expect(prices.getByText("gpt-5.4-mini", { exact: true })).toBeVisible();
  await expect(prices.getByText("USD per 1M tokens", { exact: true })).toBeVisible();
  await ctx.close();
});

for (const theme of ["Light", "Dark"] as const) {
  test(`no accessibility violations in ${theme.toLowerCase()} theme, charts and tables`, async ({ page }) => {
    test.setTimeout(90_000); // two axe scans of four charts' SVG take a while on a shared 2-core machine
    await page.goto("/charts?old=1");
    await chooseTheme(page, theme);
    await drawAll(page);
    await expect(page.getByRole("application")).toHaveCount(4);
    await expectNoAxeViolations(page);
    await page.goto("/charts?old=1&tbl=bench,price,context,quality&b=gpqa-diamond");
    await expect(page.getByRole("table")).toHaveCount(4);
    await expectNoAxeViolations(page);
  });
}

test("fits a 375 px screen in light and dark, as charts and as tables", async ({ browser }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme });
    const page = await ctx.newPage();
    for (const url of ["/charts?old=1", "/charts?old=1&tbl=bench,price,context,quality"]) {
      await page.goto(url);
      await expect(page.getByRole("region", { name: "Quality against price" })).toBeVisible();
      if (!url.includes("tbl")) {
        await drawAll(page);
        await expect(page.getByRole("application")).toHaveCount(4);
      }
      await expectNoSidewaysOverflow(page, `${colorScheme} ${url}`);
    }
    await ctx.close();
  }
});
