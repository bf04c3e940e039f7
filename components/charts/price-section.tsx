"use client";

import { type Scale } from "@/lib/charts/axis";
import { barScale } from "@/lib/charts/bar-scale";
import { shortLifecycle } from "@/lib/charts/labels";
import { SERIES } from "@/lib/charts/palette";
import { PRICE_KEYS, type PriceChart } from "@/lib/charts/prices";
import { sortRows } from "@/lib/charts/sort";
import { PRICE_COLUMNS, priceRows, type PriceTableRow } from "@/lib/charts/tables";
import { priceExport } from "@/lib/export/charts";
import { formatPrice } from "@/lib/format";

import { BarChart } from "./bar-chart";
import { PriceTip } from "./bar-tooltips";
import { IdentityCell, Muted, NoteLine } from "./cells";
import { ChartSection, type SectionTableProps } from "./chart-section";
import { ScaleRadios } from "./controls";
import { DataTable, type TableColumnView } from "./data-table";
import { Legend } from "./legend";

type Props = SectionTableProps & {
  chart: PriceChart;
  tierName: string;
  scale: Scale;
  onScaleChange: (s: Scale) => void;
};

export function PriceSection({
  chart,
  tierName,
  scale,
  onScaleChange,
  asTable,
  onAsTableChange,
  sort,
  onSortChange,
  exportMeta,
}: Props) {
  const rows = sortRows(priceRows(chart), PRICE_COLUMNS, sort);
  const columns: TableColumnView<PriceTableRow>[] = PRICE_COLUMNS.map((c) => ({
    ...c,
    wideOnly: c.id === "status",
    header: c.id === "model" || c.id === "status" ? c.header : `${c.header} (USD / 1M)`,
    cell: (r: PriceTableRow) => {
      if (c.id === "model" || c.id === "status") return <IdentityCell column={c.id} model={r} />;
      const v = r[c.id];
      return v === null ? <Muted>{r.note === "not offered" ? `not offered on ${tierName}` : undefined}</Muted> : formatPrice(v);
    },
  }));
  const keys = PRICE_KEYS.filter((k) => chart.bars.some((b) => b[k] !== null));

  return (
    <ChartSection
      id="prices"
      title="Prices"
      description={`Which model is cheapest: input, cached input and output price per 1M tokens on the ${tierName} tier, cheapest input first among the models that stay callable, then those retiring within 90 days, then shut down.`}
      controls={<ScaleRadios legend="Price axis" value={scale} onChange={onScaleChange} />}
      asTable={asTable}
      onAsTableChange={onAsTableChange}
      exported={priceExport(rows, tierName)}
      exportMeta={exportMeta}
      notes={
        !asTable ? (
          <>
            <NoteLine label={`Not offered on ${tierName}`} models={chart.notOffered} />
            <NoteLine label={`${tierName} prices not published`} models={chart.notPublished} />
            {chart.gaps.map((g) => (
              <p key={g.key}>
                <span className="font-medium">{SERIES[g.key].label} price not published (no bar):</span>{" "}
                <span className="font-mono">{g.models.join(", ")}</span>
              </p>
            ))}
          </>
        ) : null
      }
    >
      {asTable ? (
        <DataTable
          caption={`${tierName} prices per 1M tokens of the shown models`}
          columns={columns}
          rows={rows}
          rowKey={(r) => r.id}
          sort={sort}
          onSortChange={onSortChange}
        />
      ) : chart.bars.length ? (
        <>
          <Legend items={keys.map((k) => ({ series: k }))} />
          <BarChart
            label={`Bar chart: ${tierName} prices per 1M tokens by model`}
            keyHint="Models that stay callable first, cheapest input first. The arrow keys move between models; each model's prices are read out."
            series={keys}
            rows={chart.bars.map((b) => ({ id: b.id, sub: shortLifecycle(b), values: keys.map((k) => b[k]) }))}
            scale={barScale(
              scale,
              chart.bars.flatMap((b) => PRICE_KEYS.map((k) => b[k])),
            )}
            format={formatPrice}
            axisTitle={scale === "log" ? "USD per 1M tokens (log scale)" : "USD per 1M tokens"}
            valueRoom={64}
            tooltip={(i) => <PriceTip bar={chart.bars[i]!} tierName={tierName} />}
          />
        </>
      ) : (
        <p className="text-sm text-fg-muted">None of the shown models has a published {tierName} price.</p>
      )}
    </ChartSection>
  );
}
