import { formatTokens, formatUsd } from "@/lib/format";
import type { UsageAnalysis } from "@/lib/usage/analyze";

import { LifecycleBadge } from "./lifecycle-badge";
import { ModelIdentity } from "./model-identity";
import { HeadRow, TableFrame, TD, TD_NUM } from "./table-frame";

/** "What it cost": each model ID's usage at the catalog's prices for the tiers it ran on. */
export function CostTable({ analysis }: { analysis: UsageAnalysis }) {
  const { totals } = analysis;
  const period = analysis.period ? `${analysis.period.days} days` : "the period";
  return (
    <TableFrame label="What it cost at catalog prices, per model ID">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">
          The file&apos;s usage priced at the catalog&apos;s prices for the tier it ran on, over the file&apos;s period and per 30
          days. Models the catalog does not know are not priced.
        </caption>
        <HeadRow
          columns={[
            { label: "Model ID" },
            { label: "Status" },
            { label: `Over ${period}`, numeric: true },
            { label: "Per 30 days", numeric: true },
            { label: "Notes" },
          ]}
        />
        <tbody className="divide-y divide-line">
          {analysis.models.map((m) => {
            const notes = [
              ...(m.cost && !m.cost.complete
                ? [`${formatTokens(m.cost.unpricedTokens)} tokens not priced: ${m.cost.unpricedReasons.join(" ")}`]
                : []),
              ...(m.cost?.lowerBound ? ["A lower bound: some requests may pass a long-context threshold."] : []),
              ...(m.cost?.notes ?? []),
            ];
            return (
              <tr key={m.model}>
                <th scope="row" className={`${TD} font-medium`}>
                  <ModelIdentity model={m} />
                </th>
                <td className={TD}>
                  {m.lifecycle ? <LifecycleBadge lifecycle={m.lifecycle} /> : <span className="text-fg-subtle">–</span>}
                </td>
                <td className={TD_NUM}>{m.cost ? formatUsd(m.cost.amount) : "not priced"}</td>
                <td className={TD_NUM}>{m.cost?.monthly ? formatUsd(m.cost.monthly) : m.cost ? "–" : "not priced"}</td>
                <td className={`${TD} min-w-64 text-xs text-fg-muted`}>{notes.join(" ")}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot className="border-t border-line-strong font-medium">
          <tr>
            <th scope="row" className={TD}>
              All models
            </th>
            <td className={TD} />
            <td className={TD_NUM} data-testid="bill-period">
              {formatUsd(totals.amount)}
            </td>
            <td className={TD_NUM} data-testid="bill-monthly">
              {totals.monthly ? formatUsd(totals.monthly) : "–"}
            </td>
            <td className={`${TD} text-xs font-normal text-fg-muted`}>
              {totals.complete
                ? "Every token priced."
                : `Leaves out ${totals.excluded.map((e) => `${formatTokens(e.tokens)} tokens of ${e.model}`).join(", ")}: the real bill is higher.`}
            </td>
          </tr>
        </tfoot>
      </table>
    </TableFrame>
  );
}
