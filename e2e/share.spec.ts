import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations, trackErrors } from "./helpers";
import { describeInjectionProbes, INJECTION_PAYLOADS, pngSize } from "./hostile";

const ogImage = (page: Page) => page.locator('meta[property="og:image"]').getAttribute("content");

test.describe("share previews", () => {
  for (const [label, path] of [
    ["two models", "/api/og?view=compare&m=gpt-5.4-mini,gpt-5.4-nano"],
    [
      "four models, batch tier, snapshot and shut-down",
      "/api/og?view=compare&m=gpt-4o-mini-2024-07-18,o3-mini,gpt-6-luna,gpt-5.4-nano&tier=batch",
    ],
    ["no models", "/api/og?view=compare"],
    ["filtered catalog", "/api/og?view=catalog&q=mini&sort=input"],
    ["hostile catalog query", "/api/og?view=catalog&q=%3Cscript%3E%E6%97%A5%F0%9F%98%80"],
    ["a view without its own card yet", "/api/og?view=calculator"],
    ["unknown view", "/api/og?view=nope"],
  ] as const) {
    test(`image for ${label} is a 1200×630 PNG`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("image/png");
      const body = await res.body();
      expect(pngSize(body)).toEqual({ width: 1200, height: 630 });
      expect(body.length).toBeGreaterThan(10_000); // drawn, not an empty canvas
    });
  }

  test("the compare page's title, description and preview image describe the linked state", async ({ page, request }) => {
    await page.goto("/compare?m=gpt-5.4-mini,gpt-5.4-nano&tier=batch&utm=x");
    await expect(page).toHaveTitle("Compare gpt-5.4-mini vs gpt-5.4-nano · Small Model Navigator");
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description).toContain("Batch tier");
    const image = new URL((await ogImage(page))!);
    expect(image.pathname + image.search).toBe("/api/og?view=compare&m=gpt-5.4-mini,gpt-5.4-nano&tier=batch");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", image.href);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      /\/compare\?m=gpt-5\.4-mini,gpt-5\.4-nano&tier=batch$/,
    );
    expect(pngSize(await (await request.get(image.pathname + image.search)).body())).toEqual({ width: 1200, height: 630 });
  });

  test("the catalog's title and preview follow its filters", async ({ page }) => {
    await page.goto("/?q=nano&sort=-input");
    await expect(page).toHaveTitle("Catalog: 5 of 15 models · Small Model Navigator");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      "content",
      /^5 of 15 OpenAI models, matching “nano”; sorted by Input price, descending\./,
    );
    const image = new URL((await ogImage(page))!);
    expect(image.pathname + image.search).toBe("/api/og?view=catalog&q=nano&sort=-input");
    await page.goto("/");
    await expect(page).toHaveTitle("OpenAI small models: the catalog · Small Model Navigator");
  });

  test("the catalog's Copy link is the canonical short form", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(
      "/?q=nano&utm_source=x&sel=gpt-99-fake&cols=model,status,input,output,context,maxOutput,image,reasoning,mmlu,speed",
    );
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.getByText("Link copied")).toBeVisible();
    // Unknown IDs, foreign keys and default columns are left out.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/?q=nano`);
  });
});

test.describe("exports", () => {
  async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: fs.readFileSync(file, "utf8") };
  }
  const csvRows = (text: string) =>
    text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n")
      .map((l) => l.split(","));

  test("the catalog's CSV and JSON are exactly the visible rows, in order, with visible columns and units", async ({ page }) => {
    const errors = trackErrors(page);
    await page.goto("/?q=mini&sort=-input&cols=model,status,input,output,context&open=gpt-4o-mini");
    const table = page.getByRole("table", { name: /OpenAI model IDs/ });
    const visibleIds = await table.locator("tbody tr td:nth-child(2) a").allInnerTexts();
    const visibleInput = (await table.locator("tbody tr td:nth-child(4)").allInnerTexts()).map((t) => t.trim());
    expect(visibleIds).toContain("gpt-4o-mini-2024-07-18"); // the expanded snapshot is shown, so it is exported

    const csv = await downloadText(page, "Download CSV");
    expect(csv.name).toBe("catalog.csv");
    const [header, ...rows] = csvRows(csv.text);
    expect(header).toEqual([
      "Model ID",
      "ID type (alias/snapshot/model)",
      "Snapshot of",
      "Lifecycle",
      "Shutdown date (YYYY-MM-DD)",
      "Replacement",
      "Input price (USD per 1M tokens)",
      "Output price (USD per 1M tokens)",
      "Context window (tokens)",
      "Not published",
    ]);
    expect(rows.map((r) => r[0])).toEqual(visibleIds);
    // A price that is not published is an empty cell (the column stays numeric), named in the last column.
    expect(
      rows.map((r) => (r[6] === "" && r[9]!.includes("Input price") ? "not published" : `$${Number(r[6]).toFixed(2)}`)),
    ).toEqual(visibleInput.map((t) => (t === "not published" ? t : `$${Number(t.replace("$", "")).toFixed(2)}`)));
    await expect(page.getByText(`Downloaded ${visibleIds.length} rows as CSV`)).toBeVisible();

    const json = JSON.parse((await downloadText(page, "Download JSON")).text);
    expect(json.view).toBe("catalog");
    expect(json.link).toBe("/?q=mini&sort=-input&cols=model,status,input,output,context&open=gpt-4o-mini");
    expect(json.rows.map((r: { id: string }) => r.id)).toEqual(visibleIds);
    expect(json.columns.find((c: { key: string }) => c.key === "input").unit).toBe("USD per 1M tokens");
    expect(errors).toEqual([]);
  });

  test("the compare export has the rows the view shows (differences only) and the monthly cost", async ({ page }) => {
    await page.goto("/compare?m=gpt-5.4-mini,gpt-5.4-nano&d=1");
    const labels = (
      await page
        .getByRole("table", { name: /Comparison of/ })
        .getByRole("rowheader")
        .allInnerTexts()
    ).map((t) => t.replace(/\s*differs$/, "").trim());
    const json = JSON.parse((await downloadText(page, "Download JSON")).text);
    expect(json.rows.map((r: { field: string }) => r.field)).toEqual(labels);
    expect(json.columns.map((c: { label: string }) => c.label)).toEqual([
      "Section",
      "Field",
      "Unit",
      "gpt-5.4-mini",
      "gpt-5.4-nano",
    ]);
    const cost = json.rows.find((r: { field: string }) => r.field === "Monthly cost, Standard tier");
    expect(cost).toMatchObject({ unit: "USD per month", "gpt-5.4-mini": "90", "gpt-5.4-nano": "24.75" });
    const csv = await downloadText(page, "Download CSV");
    expect(csv.name).toBe("compare-2026-12-02.csv"); // the data's newest verified-on date (the 2026-12-02 errata)
    // Some rows miss a figure (e.g. a price not published): the last column names them.
    expect(csvRows(csv.text)[0]).toEqual(["Section", "Field", "Unit", "gpt-5.4-mini", "gpt-5.4-nano", "Not published"]);
    expect(csvRows(csv.text)).toHaveLength(labels.length + 1);
  });
});

test.describe("catalog API", () => {
  test("serves the versioned catalog with every ID, sources inline and the verified-on date", async ({ request }) => {
    const res = await request.get("/api/v1/catalog");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/json");
    const doc = await res.json();
    // The server pins "today" to 2026-11-25; the data's newest check is the 2026-12-02 errata.
    expect(doc).toMatchObject({
      version: 1,
      schema: "/api/v1/catalog/schema",
      verifiedOn: "2026-12-02",
      asOf: "2026-11-25",
      count: 30,
    });
    // No cache may keep it past the next UTC midnight (statuses change with the day).
    const maxAge = Number(/max-age=(\d+)/.exec(res.headers()["cache-control"] ?? "")?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(86_400);
    const etag = res.headers()["etag"];
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await request.get("/api/v1/catalog", { headers: { "If-None-Match": etag! } })).status()).toBe(304);
    const status = (id: string) => doc.models.find((m: { id: string }) => m.id === id).statusAsOf;
    expect([status("gpt-5-mini"), status("gpt-6-luna"), status("o1-mini")]).toEqual(["deprecated", "active", "shutdown"]);
    const luna = doc.models.find((m: { id: string }) => m.id === "gpt-5.6-luna");
    expect(
      luna.priceSeries["standard.input"].map((p: { effectiveFrom: string; value: number }) => [p.effectiveFrom, p.value]),
    ).toEqual([
      ["2026-06-26", 1],
      ["2026-07-09", 0.2],
    ]);
    const ids = doc.models.map((m: { id: string }) => m.id);
    expect(ids).toHaveLength(30);
    expect(ids).toEqual(expect.arrayContaining(["gpt-5.4-nano", "gpt-4o-2024-05-13", "o3-mini", "gpt-6-luna"]));
    const nano = doc.models.find((m: { id: string }) => m.id === "gpt-5.4-nano");
    expect(nano.pricing.standard.input.value).toBe(0.2);
    expect(nano.pricing.standard.input.source.url).toMatch(/^https:\/\//);
    expect(nano.pricing.standard.input.source.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("publishes its JSON Schema", async ({ request }) => {
    const res = await request.get("/api/v1/catalog/schema");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/schema+json");
    const schema = await res.json();
    expect(schema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      title: "Small Model Navigator catalog",
    });
    expect(schema.required).toEqual(expect.arrayContaining(["version", "verifiedOn", "models"]));
    expect(schema.$defs.Source.required).toEqual(expect.arrayContaining(["url", "verifiedOn"]));
  });
});

test("the catalog with its export controls stays axe-clean", async ({ page }) => {
  await page.goto("/?q=nano");
  await expectNoAxeViolations(page);
});

test("share images survive injection payloads in every parameter", async ({ request }) => {
  for (const view of ["catalog", "compare"]) {
    for (const payload of INJECTION_PAYLOADS) {
      const q = new URLSearchParams({ view });
      for (const key of ["m", "d", "in", "out", "tier", "q", "sort", "fam", "st", "cols", "sel", "open"]) q.set(key, payload);
      const res = await request.get(`/api/og?${q}`);
      expect(res.status(), `${view} ${payload}`).toBe(200);
      expect(pngSize(await res.body())).toEqual({ width: 1200, height: 630 });
    }
  }
});

// Hostile links: script-injection probes in every parameter of every view built so far.
describeInjectionProbes({
  route: "/",
  // `rsn` is the old name of `rf`, still read.
  keys: ["q", "sort", "fam", "st", "live", "rf", "rsn", "img", "ctx", "cols", "sel", "open"],
  echoedKeys: ["sort", "fam", "st", "rf", "rsn", "img", "ctx", "cols", "sel", "open"],
});
describeInjectionProbes({
  route: "/compare",
  keys: ["m", "d", "in", "out", "tier"],
  base: { m: "gpt-5.4-mini,gpt-5.4-nano" },
  echoedKeys: ["m", "d", "in", "out", "tier"],
});
