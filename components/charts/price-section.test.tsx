// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { parseCsv } from "@/lib/charts/csv";
import type { ChartModel } from "@/lib/charts/types";
import { buildPriceChart } from "@/lib/charts/prices";
import { PriceSection } from "./price-section";

vi.mock("next/link", () => ({
  default: ({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) => (
    <a href={href} className={className}>{children}</a>
  ),
}));
// The chart itself is recharts (browser-only, lazily loaded): these tests cover the HTML around it.
vi.mock("./lazy-charts", () => ({ LazyPriceChart: () => <svg role="application" aria-label="price chart" /> }));

const model = (id: string, input: number | null, output: number | null, status: ChartModel["status"] = "active"): ChartModel => ({
  id, displayName: id, kind: "model", aliasId: null, size: "small", status, shutdownDate: null, callable: status !== "shutdown",
  scores: [], contextWindow: null, maxOutput: null,
  tiers: { standard: { input, cachedInput: null, output }, batch: null, flex: null, fast: null },
});
const chart = buildPriceChart([model("dear", 2, 8), model("cheap", 0.1, 0.4), model("blank", null, null)], "standard");

function renderSection(props: Partial<Parameters<typeof PriceSection>[0]> = {}) {
  const handlers = { onScaleChange: vi.fn(), onAsTableChange: vi.fn(), onSortChange: vi.fn() };
  render(<PriceSection chart={chart} tierName="Standard" scale="linear" asTable={false} sort={null} {...handlers} {...props} />);
  return handlers;
}

describe("PriceSection", () => {
  it("reserves the chart's height, lists what is not published, and toggles the table", () => {
    const h = renderSection();
    expect(screen.getByRole("figure", { name: /Bar chart: Standard prices/ }).style.height).toMatch(/^\d+px$/);
    expect(screen.getByText("Standard prices not published:").parentElement).toHaveTextContent("blank");
    const toggle = screen.getByRole("button", { name: "Show as table" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    fireEvent.click(toggle);
    expect(h.onAsTableChange).toHaveBeenCalledWith(true);
  });

  it("shows the table twin sorted as asked, and the CSV link holds the same rows", () => {
    const h = renderSection({ asTable: true, sort: { id: "input", desc: true } });
    expect(screen.queryByRole("figure")).toBeNull();
    const body = screen.getAllByRole("rowgroup")[1]!;
    const ids = within(body).getAllByRole("rowheader").map((c) => c.querySelector("a")?.textContent);
    expect(ids).toEqual(["dear", "cheap", "blank"]);
    expect(screen.getByRole("columnheader", { name: /^Input/ })).toHaveAttribute("aria-sort", "descending");

    const link = screen.getByRole("link", { name: /Download CSV/ });
    expect(link).toHaveAttribute("download", "prices-standard.csv");
    const csv = parseCsv(decodeURIComponent(link.getAttribute("href")!.replace(/^data:text\/csv;charset=utf-8,/, "")));
    expect(csv.slice(1).map((r) => [r[0], r[5], r[7], r[8]])).toEqual([
      ["dear", "2", "8", ""],
      ["cheap", "0.1", "0.4", ""],
      ["blank", "", "", "not published"],
    ]);

    fireEvent.click(screen.getByRole("button", { name: /^Input/ }));
    expect(h.onSortChange).toHaveBeenCalledWith({ id: "input", desc: false });
  });
});
