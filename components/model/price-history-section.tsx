import { SourceLink } from "@/components/model/source-link";
import { panelVariants } from "@/components/ui/panel";
import type { CatalogEntry } from "@/lib/catalog/types";
import type { ModelHistory } from "@/lib/changes/model-history";
import { CHART, type StepChart } from "@/lib/changes/price-chart";
import { formatDate, formatPrice } from "@/lib/format";

/**
 * The price history: a step chart (server-rendered SVG, no chart library) with its table twin,
 * or, when every price is the only one known, one plain sentence saying so.
 */
export function PriceHistorySection({ entry, history }: { entry: CatalogEntry; history: ModelHistory }) {
  return (
    <section aria-labelledby="price-history" className="space-y-3">
      <h2 id="price-history" className="text-lg font-semibold">
        Price history
      </h2>
      {history.histories.length === 0 ? (
        <p className="max-w-3xl text-sm text-fg-muted">
          No price change recorded: the prices above are the only ones our sources give
          {history.pricesSince ? `, in force since ${formatDate(history.pricesSince)}` : ""}.
        </p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,30rem)_1fr] lg:items-start">
          {history.chart ? <StepChartFigure chart={history.chart} /> : null}
          <HistoryTable entry={entry} history={history} />
        </div>
      )}
    </section>
  );
}

function StepChartFigure({ chart }: { chart: StepChart }) {
  return (
    <figure className={panelVariants({ pad: "sm", className: "space-y-2" })}>
      <svg
        viewBox={`0 0 ${CHART.width} ${CHART.height}`}
        role="img"
        aria-label={chart.summary}
        className="h-auto w-full overflow-visible text-fg-muted"
      >
        {chart.yTicks.map((t) => (
          <g key={t.label}>
            <line x1={CHART.left} x2={CHART.width - CHART.right} y1={t.y} y2={t.y} className="stroke-line" strokeWidth={1} />
            <text x={CHART.left - 8} y={t.y} dy="0.35em" textAnchor="end" fontSize={16} fill="currentColor">
              {t.label}
            </text>
          </g>
        ))}
        {chart.xLabels.map((l) => (
          <text key={l.anchor} x={l.x} y={CHART.height - 6} textAnchor={l.anchor} fontSize={16} fill="currentColor">
            {l.label}
          </text>
        ))}
        {chart.lines.map((line) => (
          <g key={line.figure} style={{ color: line.color }}>
            <path
              d={line.d}
              fill="none"
              stroke="currentColor"
              strokeWidth={3}
              strokeDasharray={line.dashed ? "8 5" : undefined}
              strokeLinejoin="round"
            />
            {line.dots.map((d) => (
              <circle key={d.label} cx={d.x} cy={d.y} r={4.5} fill="currentColor">
                <title>{d.label}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted">
          {chart.lines.map((line) => (
            <li key={line.figure} className="flex items-center gap-1.5">
              <svg aria-hidden="true" viewBox="0 0 24 4" className="h-1 w-6" style={{ color: line.color }}>
                <line
                  x1="0"
                  x2="24"
                  y1="2"
                  y2="2"
                  stroke="currentColor"
                  strokeWidth={4}
                  strokeDasharray={line.dashed ? "6 3" : undefined}
                />
              </svg>
              {line.label}
            </li>
          ))}
          <li>USD per 1M tokens; each price holds until the next.</li>
        </ul>
      </figcaption>
    </figure>
  );
}

function HistoryTable({ entry, history }: { entry: CatalogEntry; history: ModelHistory }) {
  return (
    <div className={panelVariants({ className: "overflow-x-auto" })}>
      <table className="w-full min-w-[28rem] text-left text-sm">
        <caption className="sr-only">Every dated price of {entry.id}, oldest first, USD per 1M tokens</caption>
        <thead className="bg-surface-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Figure
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              In force from
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Price
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Source
            </th>
          </tr>
        </thead>
        <tbody>
          {history.histories.flatMap((h) =>
            h.points.map((p, i) => (
              <tr key={`${h.figure}-${p.effectiveFrom}`} className="border-t border-line align-top">
                {i === 0 ? (
                  <th scope="rowgroup" rowSpan={h.points.length} className="px-3 py-2 font-medium">
                    {h.label}
                  </th>
                ) : null}
                <td className="px-3 py-2 whitespace-nowrap">
                  {p.effectiveFrom ? <time dateTime={p.effectiveFrom}>{formatDate(p.effectiveFrom)}</time> : "release"}
                  {i === h.points.length - 1 ? <span className="text-fg-subtle"> (current)</span> : null}
                </td>
                <td className="px-3 py-2 tabular-nums">
                  {formatPrice(p.value)}
                  {p.note ? <p className="mt-0.5 text-xs text-fg-subtle">{p.note}</p> : null}
                </td>
                <td className="px-3 py-2">
                  <SourceLink source={entry.sources[p.source]} label={`${h.label} from ${formatDate(p.effectiveFrom)}`} />
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
