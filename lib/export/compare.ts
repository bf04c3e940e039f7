/**
 * The compare view's export: the rows it shows (all, or differences only), one column per
 * model, the unit of each row in its own column (units differ row by row).
 */
import { SECTION_LABEL } from "@/lib/compare/labels";
import type { CompareRow, CompareTable } from "@/lib/compare/types";

import type { ExportTable } from "./table";

export function compareExportTable(table: CompareTable, rows: CompareRow[]): ExportTable {
  return {
    columns: [
      { key: "section", label: "Section" },
      { key: "field", label: "Field" },
      { key: "unit", label: "Unit" },
      ...table.models.map((m) => ({ key: m.id, label: m.id })),
    ],
    rows: rows.map((r) => ({
      section: SECTION_LABEL[r.section],
      field: r.label,
      unit: r.unit ?? "",
      ...Object.fromEntries(table.models.map((m, i) => [m.id, r.cells[i]?.value ?? null])),
    })),
  };
}
