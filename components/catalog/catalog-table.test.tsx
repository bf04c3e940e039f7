// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import type { CatalogRow } from "@/lib/catalog/rows";
import { CATALOG_COLUMNS, DEFAULT_VISIBLE, type SortItem } from "@/lib/url/catalog";

import { CatalogTable } from "./catalog-table";

// next/link needs the app router; a plain anchor is enough to read the rendered order.
vi.mock("next/link", () => ({
  default: ({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) => (
    <a href={href} className={className}>
      {children}
    </a>
  ),
}));

const row = (id: string, input: number | undefined, mmlu: number | undefined): CatalogRow => ({
  id,
  kind: "model",
  aliasId: null,
  resolvesTo: null,
  displayName: id,
  family: "F",
  size: "small",
  status: "active",
  shutdownDate: null,
  daysToShutdown: null,
  retiringSoon: false,
  standing: "lasting",
  replacement: null,
  replacementInCatalog: false,
  input,
  cachedInput: undefined,
  output: 1,
  contextWindow: 1000,
  maxOutput: 100,
  imageInput: true,
  reasoning: false,
  mmlu,
  gpqa: undefined,
  tokensPerSecond: undefined,
  releaseDate: undefined,
  knowledgeCutoff: undefined,
  aka: [],
});

const rows = [row("b", 0.4, 80), row("unknown", undefined, undefined), row("a", 0.1, 90), row("c", 2, 70)];

function order(sort: SortItem[]) {
  render(
    <CatalogTable
      rows={rows}
      sort={sort}
      onSortChange={() => {}}
      visible={DEFAULT_VISIBLE}
      selected={[]}
      onSelectedChange={() => {}}
      expanded={[]}
      onExpandedChange={() => {}}
    />,
  );
  const body = screen.getAllByRole("rowgroup")[1]!;
  return within(body)
    .getAllByRole("row")
    .map((r) => within(r).getAllByRole("link")[0]!.textContent);
}

describe("CatalogTable sorting", () => {
  it("sorts numbers numerically with unknowns last, ascending", () => {
    expect(order([{ id: "input", desc: false }])).toEqual(["a", "b", "c", "unknown"]);
  });
  it("keeps unknowns last when descending", () => {
    expect(order([{ id: "input", desc: true }])).toEqual(["c", "b", "a", "unknown"]);
  });
  it("marks the sorted header with aria-sort", () => {
    order([{ id: "mmlu", desc: true }]);
    expect(screen.getByRole("columnheader", { name: /MMLU/ })).toHaveAttribute("aria-sort", "descending");
    expect(screen.getByRole("columnheader", { name: /Input/ })).toHaveAttribute("aria-sort", "none");
  });
});

describe("CatalogTable row limit", () => {
  it("sorts every row but renders the first `limit`, with a Show all control", () => {
    const onShowAll = vi.fn();
    render(
      <CatalogTable
        rows={rows}
        sort={[{ id: "input", desc: true }]}
        onSortChange={() => {}}
        visible={DEFAULT_VISIBLE}
        selected={[]}
        onSelectedChange={() => {}}
        expanded={[]}
        onExpandedChange={() => {}}
        limit={2}
        onShowAll={onShowAll}
      />,
    );
    const body = screen.getAllByRole("rowgroup")[1]!;
    // The two most expensive of all four rows, not the first two of the data.
    expect(
      within(body)
        .getAllByRole("row")
        .map((r) => within(r).getAllByRole("link")[0]!.textContent),
    ).toEqual(["c", "b"]);
    expect(screen.getByText(/Showing the first 2 of 4 rows/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Show all 4 rows" }));
    expect(onShowAll).toHaveBeenCalledOnce();
  });

  it("says nothing when every row fits", () => {
    order([]);
    expect(screen.queryByRole("button", { name: /Show all/ })).toBeNull();
  });
});

describe("CatalogTable cells", () => {
  // Cell renderers are called as plain functions (not through FlexRender) and mixed text is built
  // as one string: what a reader and a screen reader get must stay word for word the same.
  const alias: CatalogRow = {
    ...row("gpt-x", 0.4, 80),
    displayName: "GPT X",
    kind: "alias",
    resolvesTo: "gpt-x-2026-01-01",
    family: "GPT-X",
    size: "full-size",
    status: "deprecated",
    shutdownDate: "2027-01-14",
    daysToShutdown: 50,
    replacement: "gpt-y",
    replacementInCatalog: true,
    contextWindow: 1047576,
    tokensPerSecond: 120,
  };
  const snapshot: CatalogRow = {
    ...alias,
    id: "gpt-x-2026-01-01",
    kind: "snapshot",
    aliasId: "gpt-x",
    resolvesTo: null,
    size: "small",
  };
  const gone: CatalogRow = {
    ...row("gpt-old", 1, undefined),
    status: "shutdown",
    shutdownDate: "2026-10-23",
    daysToShutdown: -33,
    replacement: "gpt-z",
  };

  function cellTexts() {
    render(
      <CatalogTable
        rows={[alias, snapshot, gone]}
        sort={[]}
        onSortChange={() => {}}
        visible={CATALOG_COLUMNS}
        selected={[]}
        onSelectedChange={() => {}}
        expanded={[]}
        onExpandedChange={() => {}}
      />,
    );
    return within(screen.getAllByRole("rowgroup")[1]!)
      .getAllByRole("row")
      .map((r) =>
        within(r)
          .getAllByRole("cell")
          .map((c) => c.textContent),
      );
  }

  it("writes each cell's text unchanged", () => {
    const [a, s, g] = cellTexts();
    expect(a).toContain("gpt-xGPT X · alias → gpt-x-2026-01-01 · full-size reference");
    expect(a).toContain("GPT-X"); // the family column has no renderer of its own: TanStack's default
    expect(a).toContain("Deprecatedshuts down Jan 14, 2027 (50 days)use gpt-yPlan migration from gpt-x");
    expect(a).toContain("1,047,576 tokens(1.05M)");
    expect(a).toContain("120 tok/s");
    expect(s).toContain("gpt-x-2026-01-01dated snapshot of gpt-x");
    expect(g).toContain("Shut downsince Oct 23, 2026use gpt-zPlan migration from gpt-old");
    expect(screen.getByRole("link", { name: "Plan migration from gpt-x" })).toHaveAttribute("href", "/migrate?from=gpt-x");
  });

  it("names the snapshot toggle with its count and model", () => {
    render(
      <CatalogTable
        rows={[{ ...alias, snapshots: [snapshot] }]}
        sort={[]}
        onSortChange={() => {}}
        visible={DEFAULT_VISIBLE}
        selected={[]}
        onSelectedChange={() => {}}
        expanded={[]}
        onExpandedChange={() => {}}
      />,
    );
    expect(screen.getByRole("button", { name: "Show 1 dated snapshot of gpt-x" })).toHaveAttribute("aria-expanded", "false");
  });
});

describe("CatalogTable lifecycle groups", () => {
  const retiring = { ...row("r", 0.05, 60), status: "deprecated" as const, standing: "leaving" as const };
  const gone = { ...row("g", 0.01, 95), status: "shutdown" as const, standing: "gone" as const };

  it("renders one body per standing, headed by its name and model count, the sort applying within each", () => {
    render(
      <CatalogTable
        grouped
        rows={[gone, ...rows, retiring]}
        sort={[{ id: "input", desc: false }]}
        onSortChange={() => {}}
        visible={DEFAULT_VISIBLE}
        selected={[]}
        onSelectedChange={() => {}}
        expanded={[]}
        onExpandedChange={() => {}}
      />,
    );
    const bodies = screen.getAllByRole("rowgroup").slice(1);
    const read = (body: HTMLElement) =>
      within(body)
        .getAllByRole("row")
        .map((r) => within(r).queryAllByRole("link")[0]?.textContent ?? within(r).getByRole("columnheader").textContent);
    // By input: g 0.01 and r 0.05 are the cheapest, but they come after every callable model.
    expect(bodies.map(read)).toEqual([
      ["Callable · 4 models", "a", "b", "c", "unknown"],
      ["Retiring within 90 days · 1 model", "r"],
      ["Shut down or status unknown · 1 model", "g"],
    ]);
    expect(screen.getByRole("columnheader", { name: "Callable · 4 models" })).toHaveAttribute("scope", "colgroup");
    expect(screen.getByRole("columnheader", { name: /Input/ })).toHaveAttribute("aria-sort", "ascending");
  });
});

describe("CatalogTable selection limit", () => {
  // Compare shows at most four models (MAX_COMPARED): the table must not let a fifth be chosen.
  const five = ["a", "b", "c", "d", "e"].map((id) => row(id, 1, 80));

  function renderWith(selected: string[], onSelectedChange = vi.fn()) {
    render(
      <CatalogTable
        rows={five}
        sort={[]}
        onSortChange={() => {}}
        visible={DEFAULT_VISIBLE}
        selected={selected}
        onSelectedChange={onSelectedChange}
        expanded={[]}
        onExpandedChange={() => {}}
      />,
    );
    return onSelectedChange;
  }
  const box = (id: string) => screen.getByRole("checkbox", { name: `Select ${id} for comparison` });

  it("lets a fourth model be chosen", () => {
    const onChange = renderWith(["a", "b", "c"]);
    expect(box("d")).toBeEnabled();
    fireEvent.click(box("d"));
    expect(onChange).toHaveBeenCalledWith(["a", "b", "c", "d"]);
  });

  it("stops at four and says why on the boxes left", () => {
    const onChange = renderWith(["a", "b", "c", "d"]);
    expect(box("e")).toBeDisabled();
    expect(box("e")).toHaveAccessibleDescription("Compare shows at most 4 models: clear one to choose another.");
    fireEvent.click(box("e"));
    expect(onChange).not.toHaveBeenCalled();
    // The chosen four can still be cleared one by one.
    expect(box("b")).toBeEnabled();
    fireEvent.click(box("b"));
    expect(onChange).toHaveBeenCalledWith(["a", "c", "d"]);
  });
});

describe("CatalogTable empty state", () => {
  it("says why nothing matches when the view gives a reason", () => {
    render(
      <CatalogTable
        rows={[]}
        sort={[]}
        onSortChange={() => {}}
        visible={DEFAULT_VISIBLE}
        selected={[]}
        onSelectedChange={() => {}}
        expanded={[]}
        onExpandedChange={() => {}}
        emptyHint="The filters contradict each other."
      />,
    );
    expect(screen.getByRole("cell")).toHaveTextContent("No model matches these filters.The filters contradict each other.");
  });
});
