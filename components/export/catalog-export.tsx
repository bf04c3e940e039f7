"use client";

import type { CatalogRow } from "@/lib/catalog/rows";
import { catalogExportTable, catalogVisibleRows } from "@/lib/export/catalog";
import { CATALOG_COLUMNS, catalogHref, type CatalogState } from "@/lib/url/catalog";

import { ExportButtons } from "./export-buttons";

/** The catalog's export: the filtered groups in the table's sort order, expanded snapshots included, visible columns. */
export function CatalogExport({ groups, state }: { groups: CatalogRow[]; state: CatalogState }) {
  return (
    <ExportButtons
      view="catalog"
      link={catalogHref(state)}
      build={() =>
        catalogExportTable(catalogVisibleRows(groups, state.sort, state.expanded, state.flat), state.columns, CATALOG_COLUMNS)
      }
    />
  );
}
