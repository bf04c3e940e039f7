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
  it("draws a bar per published price, lists what is not published, and toggles the table", () => {
    const h = renderSection();
    const figure = screen.getByRole("figure", { name: "Bar chart: Standard prices per 1M tokens by model" });
    // Linear axis from $0 to $8 (the dearest output): widths are shares of it. No cached-input
    // series: no model publishes one.
    const widths = [...figure.querySelectorAll<HTMLElement>("[style*=width]")].map((b) => b.style.width);
    // Cheapest input first: "cheap" ($0.10 and $0.40), then "dear" ($2 and $8).
    expect(widths).toEqual(["1.250%", "5.000%", "25.000%", "100.000%"]);
    expect(
      within(figure)
        .getAllByText(/^\$/)
        .map((l) => l.textContent),
    ).toEqual(expect.arrayContaining(["$2.00", "$8.00", "$0.10", "$0.40"]));
    expect(within(figure).queryByText("blank")).toBeNull();
    expect(screen.getByText("Standard prices not published:").parentElement).toHaveTextContent("blank");
    const toggle = screen.getByRole("button", { name: "Show as table" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    fireEvent.click(toggle);
    expect(h.onAsTableChange).toHaveBeenCalledWith(true);
  });

  it("puts the bars on powers of ten on the log scale", () => {
    renderSection({ scale: "log" });
    const figure = screen.getByRole("figure", { name: /Bar chart: Standard prices/ });
    // Domain $0.10 to $10 (two decades): $0.10 is the axis start, $0.40 log10(4)/2 of the way.
    const widths = [...figure.querySelectorAll<HTMLElement>("[style*=width]")].map((b) => parseFloat(b.style.width));
    expect(widths[0]).toBe(0);
    expect(widths[1]).toBeCloseTo((Math.log10(4) / 2) * 100, 2);
    expect(widths[2]).toBeCloseTo((Math.log10(20) / 2) * 100, 2);
    expect(widths[3]).toBeCloseTo((Math.log10(80) / 2) * 100, 2);
    expect(within(figure).getByText("USD per 1M tokens (log scale)")).toBeInTheDocument();
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
