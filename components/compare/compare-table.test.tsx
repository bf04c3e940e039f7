// @vitest-environment happy-dom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import type { CompareModel, CompareRow } from "@/lib/compare/types";

import { CompareTable } from "./compare-table";

vi.mock("next/link", () => ({
  default: ({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) => (
    <a href={href} className={className}>
      {children}
    </a>
  ),
}));

const model = (id: string, status: CompareModel["status"] = "active"): CompareModel => ({
  id,
  displayName: id.toUpperCase(),
  kind: "model",
  aliasId: null,
  resolvesTo: null,
  size: "small",
  status,
  shutdownDate: status === "shutdown" ? "2026-10-23" : null,
  standing: status === "shutdown" ? "gone" : status === "deprecated" ? "leaving" : "lasting",
  replacement: status === "shutdown" ? "b" : null,
  replacementInCatalog: true,
});

const rows: CompareRow[] = [
  {
    key: "family",
    section: "model",
    label: "Family",
    unit: null,
    better: null,
    differs: false,
    cells: [
      { text: "X", value: "X", best: false },
      { text: "X", value: "X", best: false },
    ],
  },
  {
    key: "standard-input",
    section: "pricing",
    label: "Standard: input",
    unit: "USD per 1M tokens",
    better: "lower",
    differs: true,
    cells: [
      { text: "$0.75", value: 0.75, best: false },
      { text: "$0.20", value: 0.2, best: true },
    ],
  },
  {
    key: "max-input",
    section: "limits",
    label: "Max input",
    unit: "tokens",
    better: "higher",
    differs: true,
    cells: [
      { text: "not published", value: null, best: false },
      { text: "922,000", value: 922000, best: false },
    ],
  },
];

describe("CompareTable", () => {
  it("puts models in columns and fields in rows, with section headers", () => {
    render(<CompareTable models={[model("a"), model("b")]} rows={rows} />);
    const table = screen.getByRole("table", { name: /Comparison of a, b/ });
    expect(
      within(table)
        .getAllByRole("rowheader")
        .map((h) => h.textContent),
    ).toEqual(["Family ", "Standard: input differs", "Max input differs"]);
    expect(within(table).getByRole("columnheader", { name: "Prices per 1M tokens" })).toBeInTheDocument();
  });

  it("marks differing rows and best cells in text, not only colour", () => {
    render(<CompareTable models={[model("a"), model("b")]} rows={rows} />);
    const input = screen.getByRole("rowheader", { name: /Standard: input/ }).closest("tr")!;
    expect(input).toHaveAttribute("data-differs", "true");
    expect(
      within(input)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["$0.75 ", "$0.20 best"]);
    const family = screen.getByRole("rowheader", { name: /Family/ }).closest("tr")!;
    expect(family).not.toHaveAttribute("data-differs");
  });

  it("marks shut-down models in their header with the date and the replacement", () => {
    render(<CompareTable models={[model("a", "shutdown"), model("b")]} rows={rows} />);
    const head = screen.getByRole("columnheader", { name: /^a/ });
    expect(head).toHaveTextContent("Shut down");
    expect(head).toHaveTextContent("since Oct 23, 2026");
    expect(within(head).getByRole("link", { name: "b" })).toHaveAttribute("href", "/models/b");
  });

  it("offers a labelled remove button per model when removal is possible", () => {
    const onRemove = vi.fn();
    render(<CompareTable models={[model("a"), model("b")]} rows={rows} onRemove={onRemove} />);
    screen.getByRole("button", { name: "Remove b" }).click();
    expect(onRemove).toHaveBeenCalledWith("b");
  });

  it("is a focusable, labelled region that scrolls sideways (never the page)", () => {
    render(<CompareTable models={[model("a"), model("b")]} rows={rows} />);
    const region = screen.getByRole("region", { name: /Comparison table/ });
    expect(region).toHaveAttribute("tabindex", "0");
    // sr-only text inside an overflow container needs a positioned ancestor, or it escapes at 375 px.
    expect(region.className).toMatch(/\brelative\b/);
    expect(region.className).toMatch(/\boverflow-x-auto\b/);
  });
});
