// @vitest-environment happy-dom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { CatalogRow } from "@/lib/catalog/rows";
import { DEFAULT_VISIBLE, type SortItem } from "@/lib/url/catalog";
import { CatalogTable } from "./catalog-table";

// next/link needs the app router; a plain anchor is enough to read the rendered order.
vi.mock("next/link", () => ({
  default: ({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) => (
    <a href={href} className={className}>{children}</a>
  ),
}));

const row = (id: string, input: number | undefined, mmlu: number | undefined): CatalogRow => ({
  id, kind: "model", aliasId: null, resolvesTo: null, displayName: id, family: "F", size: "small",
  status: "active", shutdownDate: null, daysToShutdown: null, retiringSoon: false, replacement: null,
  replacementInCatalog: false, input, cachedInput: undefined, output: 1, contextWindow: 1000, maxOutput: 100,
  imageInput: true, reasoning: false, mmlu, gpqa: undefined, tokensPerSecond: undefined,
  releaseDate: undefined, knowledgeCutoff: undefined,
});

const rows = [row("b", 0.4, 80), row("unknown", undefined, undefined), row("a", 0.1, 90), row("c", 2, 70)];

function order(sort: SortItem[]) {
  render(
    <CatalogTable rows={rows} sort={sort} onSortChange={() => {}} visible={DEFAULT_VISIBLE} selected={[]}
      onSelectedChange={() => {}} expanded={[]} onExpandedChange={() => {}} />,
  );
  const body = screen.getAllByRole("rowgroup")[1]!;
  return within(body).getAllByRole("row").map((r) => within(r).getAllByRole("link")[0]!.textContent);
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
