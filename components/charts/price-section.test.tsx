// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { captureDownloads } from "@/components/export/downloads.test-helpers";
import { buildPriceChart } from "@/lib/charts/prices";
import type { ChartModel } from "@/lib/charts/types";
import { parseCsv } from "@/lib/export/csv-reader.test-helpers";

import { PriceSection } from "./price-section";

vi.mock("next/link", () => ({
  default: ({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) => (
    <a href={href} className={className}>
      {children}
    </a>
  ),
}));
// The chart itself is recharts (browser-only, lazily loaded): these tests cover the HTML around it.
vi.mock("./lazy-charts", () => ({ LazyPriceChart: () => <svg role="application" aria-label="price chart" /> }));

const model = (id: string, input: number | null, output: number | null, status: ChartModel["status"] = "active"): ChartModel => ({
  id,
  displayName: id,
  kind: "model",
  aliasId: null,
  size: "small",
  status,
  shutdownDate: null,
  callable: status !== "shutdown",
  standing: status === "shutdown" ? "gone" : "lasting",
  scores: [],
  contextWindow: null,
  maxOutput: null,
  tiers: { standard: { input, cachedInput: null, output }, batch: null, flex: null, fast: null },
});
const chart = buildPriceChart([model("dear", 2, 8), model("cheap", 0.1, 0.4), model("blank", null, null)], "standard");

function renderSection(props: Partial<Parameters<typeof PriceSection>[0]> = {}) {
  const handlers = { onScaleChange: vi.fn(), onAsTableChange: vi.fn(), onSortChange: vi.fn() };
  const exportMeta = { link: "/charts?tbl=price", dataVerifiedOn: "2026-11-25" };
  render(
    <PriceSection
      chart={chart}
      tierName="Standard"
      scale="linear"
      asTable={false}
      sort={null}
      exportMeta={exportMeta}
      {...handlers}
      {...props}
    />,
  );
  return handlers;
}

afterEach(() => vi.restoreAllMocks());

describe("PriceSection", () => {
  it("reserves the chart's height, lists what is not published, and toggles the table", () => {
    const h = renderSection();
    // Two heights, one per label placement: names left on wide screens, above the bars under sm.
    const style = screen.getByRole("figure", { name: /Bar chart: Standard prices/ }).style;
    const [wide, narrow] = ["--chart-height", "--chart-height-narrow"].map((v) => style.getPropertyValue(v));
    expect(wide).toMatch(/^\d+px$/);
    expect(narrow).toMatch(/^\d+px$/);
    expect(parseInt(narrow!)).toBeGreaterThan(parseInt(wide!));
    expect(screen.getByText("Standard prices not published:").parentElement).toHaveTextContent("blank");
    const toggle = screen.getByRole("button", { name: "Show as table" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    fireEvent.click(toggle);
    expect(h.onAsTableChange).toHaveBeenCalledWith(true);
  });

  it("shows the table twin sorted as asked, and the CSV and JSON hold the same rows", async () => {
    const files = captureDownloads();
    const h = renderSection({ asTable: true, sort: { id: "input", desc: true } });
    expect(screen.queryByRole("figure")).toBeNull();
    const body = screen.getAllByRole("rowgroup")[1]!;
    const ids = within(body)
      .getAllByRole("rowheader")
      .map((c) => c.querySelector("a")?.textContent);
    expect(ids).toEqual(["dear", "cheap", "blank"]);
    expect(screen.getByRole("columnheader", { name: /^Input/ })).toHaveAttribute("aria-sort", "descending");

    fireEvent.click(screen.getByRole("button", { name: "Download CSV of prices" }));
    expect(files[0]!.name).toBe("charts-prices-standard-2026-11-25.csv");
    const csv = parseCsv(await files[0]!.blob.text());
    expect(csv[0]).toContain("Input price (USD per 1M tokens)");
    // A price that is not published is an empty cell (the column stays numeric), named in the last column.
    expect(csv.slice(1).map((r) => [r[0], r[6], r[8], r[9], r.at(-1)!.includes("Input price")])).toEqual([
      ["dear", "2", "8", "", false],
      ["cheap", "0.1", "0.4", "", false],
      ["blank", "", "", "Standard prices not published", true],
    ]);
    expect(screen.getByRole("group", { name: "Export prices" })).toHaveTextContent("Downloaded 3 rows as CSV");

    fireEvent.click(screen.getByRole("button", { name: "Download JSON of prices" }));
    const json = JSON.parse(await files[1]!.blob.text());
    expect(json).toMatchObject({
      view: "charts",
      link: "/charts?tbl=price",
      dataVerifiedOn: "2026-11-25",
      title: "Prices: Standard tier",
    });
    expect(json.rows.map((r: { model: string; input: number | null }) => [r.model, r.input])).toEqual([
      ["dear", 2],
      ["cheap", 0.1],
      ["blank", null],
    ]);

    fireEvent.click(screen.getByRole("button", { name: /^Input/ }));
    expect(h.onSortChange).toHaveBeenCalledWith({ id: "input", desc: false });
  });
});
