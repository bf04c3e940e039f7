"use client";

import { logScale } from "@/lib/charts/bar-scale";
import type { ContextChart } from "@/lib/charts/context";
import { shortLifecycle } from "@/lib/charts/labels";
import { SERIES } from "@/lib/charts/palette";
import { sortRows } from "@/lib/charts/sort";
import { CONTEXT_COLUMNS, contextRows, type ContextTableRow } from "@/lib/charts/tables";
import { contextExport } from "@/lib/export/charts";
import { formatTokens, formatTokensShort } from "@/lib/format";

import { BarChart } from "./bar-chart";
import { CONTEXT_KEYS, ContextTip } from "./bar-tooltips";
import { IdentityCell, Muted, NoteLine } from "./cells";
import { ChartSection, type SectionTableProps } from "./chart-section";
import { DataTable, type TableColumnView } from "./data-table";
import { Legend } from "./legend";

type Props = SectionTableProps & {
  chart: ContextChart;
};

export function ContextSection({ chart, asTable, onAsTableChange, sort, onSortChange, exportMeta }: Props) {
  const rows = sortRows(contextRows(chart), CONTEXT_COLUMNS, sort);
  const columns: TableColumnView<ContextTableRow>[] = CONTEXT_COLUMNS.map((c) => ({
    ...c,
    wideOnly: c.id === "status",
    header: c.id === "contextWindow" || c.id === "maxOutput" ? `${c.header} (tokens)` : c.header,
    cell: (r: ContextTableRow) => {
      if (c.id === "model" || c.id === "status") return <IdentityCell column={c.id} model={r} />;
      const v = r[c.id];
      return v === null ? <Muted /> : formatTokens(v);
    },
  }));

  return (
    <ChartSection
      id="context"
      title="Context window and max output"
      description="Which model reads the longest documents: tokens a request can hold in total, and the most it can write back, on a log axis with exact counts."
      asTable={asTable}
      onAsTableChange={onAsTableChange}
      exported={contextExport(rows)}
      exportMeta={exportMeta}
      notes={
        !asTable ? (
          <>
            <NoteLine label="Limits not published" models={chart.notPublished} />
            {chart.gaps.map((g) => (
              <p key={g.key}>
                <span className="font-medium">{SERIES[g.key].label} not published (no bar):</span>{" "}
                <span className="font-mono">{g.models.join(", ")}</span>
              </p>
            ))}
          </>
        ) : null
      }
    >
      {asTable ? (
        <DataTable
          caption="Context window and max output tokens of the shown models"
          columns={columns}
          rows={rows}
          rowKey={(r) => r.id}
          sort={sort}
          onSortChange={onSortChange}
        />
      ) : chart.bars.length ? (
        <>
          <Legend items={CONTEXT_KEYS.map((k) => ({ series: k }))} />
          <BarChart
            label="Bar chart: context window and max output tokens by model"
            keyHint="Largest context window first, on a logarithmic axis. The arrow keys move between models; each model's limits are read out."
            series={CONTEXT_KEYS}
            rows={chart.bars.map((b) => ({ id: b.id, sub: shortLifecycle(b), values: CONTEXT_KEYS.map((k) => b[k]) }))}
            scale={logScale(chart.bars.flatMap((b) => CONTEXT_KEYS.map((k) => b[k])))}
            format={formatTokens}
            formatTick={formatTokensShort}
            axisTitle="Tokens (log scale)"
            valueRoom={76}
            tooltip={(i) => <ContextTip bar={chart.bars[i]!} />}
          />
        </>
      ) : (
        <p className="text-sm text-fg-muted">None of the shown models has published limits.</p>
      )}
    </ChartSection>
  );
}
