// @vitest-environment happy-dom
import { cleanup, render } from "@testing-library/react";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";

import { CatalogTable } from "@/components/catalog/catalog-table";
import { fixtureCatalog as catalog, NO_FILTERS, FIXTURE_TODAY as TODAY } from "@/lib/catalog/fixture.test-helpers";
import { filterAndGroup, toCatalogRow } from "@/lib/catalog/rows";
import { CATALOG_COLUMNS, DEFAULT_VISIBLE, type SortItem } from "@/lib/url/catalog";

import { catalogExportTable, catalogVisibleRows, orderCatalogGroups, sortCatalogGroups } from "./catalog";
import { toCsv } from "./table";

vi.mock("next/link", () => ({
  default: ({ href, children, className }: { href: string; children: React.ReactNode; className?: string }) => (
    <a href={href} className={className}>
      {children}
    </a>
  ),
}));

const ids = new Set(catalog.map((e) => e.id));
const rows = catalog.map((e) => toCatalogRow(e, TODAY, ids));
const noFilter = NO_FILTERS;
const groups = filterAndGroup(rows, noFilter);

/** Model IDs of the rendered table body, top to bottom. */
function renderedOrder(sort: SortItem[], expanded: string[], grouped: boolean): string[] {
  const { container } = render(
    <CatalogTable
      grouped={grouped}
      rows={groups}
      sort={sort}
      onSortChange={() => {}}
      visible={CATALOG_COLUMNS}
      selected={[]}
      onSelectedChange={() => {}}
      expanded={expanded}
      onExpandedChange={() => {}}
    />,
  );
  // Model rows only: a group's header row has no cells.
  const order = [...container.querySelectorAll("tbody tr:has(td)")].map(
    (tr) => tr.querySelector("td:nth-child(2) a")?.textContent ?? "",
  );
  cleanup();
  return order;
}

describe("catalog export order", () => {
  it("is the table's order for any sort and any expanded snapshots (checked against the rendered table)", () => {
    const aliases = groups.filter((g) => g.snapshots).map((g) => g.id);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: fc.constantFrom(...CATALOG_COLUMNS), desc: fc.boolean() }), {
          selector: (s) => s.id,
          maxLength: 3,
        }),
        fc.subarray(aliases),
        fc.boolean(),
        (sort, expanded, flat) => {
          expect(catalogVisibleRows(groups, sort, expanded, flat).map((r) => r.id)).toEqual(renderedOrder(sort, expanded, !flat));
        },
      ),
      // Each run renders the whole table (14 rows × 15 columns): few runs, generous time.
      { numRuns: 25 },
    );
  }, 60_000);

  it("sorts by price with unknowns last in both directions", () => {
    // The models (snapshots stay under their alias) by Standard input price; ties keep catalog order.
    expect(sortCatalogGroups(groups, [{ id: "input", desc: false }]).map((r) => [r.id, r.input])).toEqual([
      ["delta-nano", 0.05],
      ["alpha-nano", 0.1],
      ["beta-lite", 0.1],
      ["gamma-nano", 0.1],
      ["gamma-mini", 0.4],
      ["alpha-mini", 0.75],
      ["zeta-old", 1.1],
      ["omega", 2.5],
    ]);
    // Unknown context windows (zeta-old) sort last whichever the direction.
    const asc = sortCatalogGroups(groups, [{ id: "context", desc: false }]).map((r) => r.id);
    const desc = sortCatalogGroups(groups, [{ id: "context", desc: true }]).map((r) => r.id);
    expect([asc.at(-1), desc.at(-1)]).toEqual(["zeta-old", "zeta-old"]);
    expect(desc[0]).toBe("beta-lite");
  });
});

describe("catalog order by lifecycle standing", () => {
  it("leads with callable models, then retiring, then gone, the sort applying within each group", () => {
    // By input price (fixture README): lasting alpha-nano 0.10, beta-lite 0.10, alpha-mini 0.75, omega 2.50;
    // leaving (shut down within 90 days of 2026-11-25) delta-nano 0.05, gamma-mini 0.40;
    // gone gamma-nano 0.10 (shut down), zeta-old 1.10 (status unknown).
    expect(orderCatalogGroups(groups, [{ id: "input", desc: false }], false).map((r) => r.id)).toEqual([
      "alpha-nano",
      "beta-lite",
      "alpha-mini",
      "omega",
      "delta-nano",
      "gamma-mini",
      "gamma-nano",
      "zeta-old",
    ]);
    // Flat: the plain sort, where the cheapest input is a retiring model.
    expect(orderCatalogGroups(groups, [{ id: "input", desc: false }], true)[0]?.id).toBe("delta-nano");
    // No sort: catalog order within each group.
    expect(orderCatalogGroups(groups, [], false).map((r) => r.id)).toEqual([
      "alpha-mini",
      "alpha-nano",
      "beta-lite",
      "omega",
      "delta-nano",
      "gamma-mini",
      "gamma-nano",
      "zeta-old",
    ]);
  });
});

describe("catalog export table", () => {
  it("has the visible columns in table order, with units, lifecycle details and snapshot identity", () => {
    const visible = catalogVisibleRows(groups, [{ id: "input", desc: false }], [], true);
    const t = catalogExportTable(visible, DEFAULT_VISIBLE, CATALOG_COLUMNS);
    expect(t.columns.map((c) => c.key)).toEqual([
      "id",
      "kind",
      "aliasOf",
      "status",
      "shutdownDate",
      "replacement",
      "input",
      "output",
      "contextWindow",
      "maxOutput",
      "imageInput",
      "reasoning",
      "mmlu",
      "tokensPerSecond",
    ]);
    expect(t.rows[0]).toMatchObject({
      id: "delta-nano",
      input: 0.05,
      status: "Deprecated",
      shutdownDate: "2026-12-11",
      replacement: "delta-next",
      imageInput: false,
    });
    const header = toCsv(t)
      .replace(/^\uFEFF/, "")
      .split("\r\n")[0];
    expect(header).toContain("Input price (USD per 1M tokens)");
    expect(header).toContain("Context window (tokens)");
    expect(header).toContain("MMLU (%)");
  });

  it("exports unknown figures as null", () => {
    const t = catalogExportTable(rows, ["model", "mmlu"], CATALOG_COLUMNS);
    expect(t.rows.filter((r) => r.mmlu !== null).map((r) => [r.id, r.mmlu])).toEqual([
      ["gamma-mini", 87.5],
      ["gamma-mini-2025-04-14", 87.5],
      ["gamma-nano", 80.1],
      ["gamma-nano-2025-04-14", 80.1],
      ["omega", 88.7],
      ["omega-2024-05-13", 88.7],
      ["omega-2024-08-06", 88.7],
    ]);
    expect(t.rows.find((r) => r.id === "beta-lite")?.mmlu).toBeNull();
  });
});
