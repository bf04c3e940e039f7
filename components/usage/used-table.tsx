import { formatTokens } from "@/lib/format";
import type { UsageAnalysis } from "@/lib/usage/analyze";
import { formatShare, tokensOrUnreported } from "@/lib/usage/present";
import type { UsageReports } from "@/lib/usage/types";

import { ModelIdentity } from "./model-identity";
import { HeadRow, TableFrame, TD, TD_NUM } from "./table-frame";

/** "What you used": per model ID of the file, requests and tokens by kind, batch share and tiers. */
export function UsedTable({ analysis, reports }: { analysis: UsageAnalysis; reports: UsageReports }) {
  const t = analysis.totals.counts;
  return (
    <section aria-labelledby="used-heading" className="space-y-3">
      <h2 id="used-heading" className="text-lg font-semibold">
        What you used
      </h2>
      <TableFrame label="What you used, per model ID">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Requests and tokens per model ID in the file: uncached input, cached input, cache writes and output (reasoning
            included), the share that ran through Batch and the service tiers.
          </caption>
          <HeadRow
            columns={[
              { label: "Model ID" },
              ...["Requests", "Uncached input", "Cached input", "Cache writes", "Output", "Batch share"].map((label) => ({
                label,
                numeric: true,
              })),
              { label: "Tiers" },
            ]}
          />
          <tbody className="divide-y divide-line">
            {analysis.models.map((m) => (
              <tr key={m.model}>
                <th scope="row" className={`${TD} font-medium`}>
                  <ModelIdentity model={m} />
                </th>
                <td className={TD_NUM}>{formatTokens(m.counts.requests)}</td>
                <td className={TD_NUM}>{formatTokens(m.counts.uncachedInput)}</td>
                <td className={TD_NUM}>{formatTokens(m.counts.cachedInput)}</td>
                <td className={TD_NUM}>{tokensOrUnreported(m.counts.cacheWriteInput, reports.cacheWrite)}</td>
                <td className={TD_NUM}>{formatTokens(m.counts.output)}</td>
                <td className={TD_NUM}>{reports.batch ? formatShare(m.batchShare.requests) : "not in export"}</td>
                <td className={TD}>
                  {m.tiers.map((x) => x.label).join(", ")}
                  {reports.serviceTier ? "" : " (assumed)"}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-line-strong font-medium">
            <tr>
              <th scope="row" className={TD}>
                All models
              </th>
              <td className={TD_NUM}>{formatTokens(t.requests)}</td>
              <td className={TD_NUM}>{formatTokens(t.uncachedInput)}</td>
              <td className={TD_NUM}>{formatTokens(t.cachedInput)}</td>
              <td className={TD_NUM}>{tokensOrUnreported(t.cacheWriteInput, reports.cacheWrite)}</td>
              <td className={TD_NUM}>{formatTokens(t.output)}</td>
              <td className={TD_NUM} />
              <td className={TD} />
            </tr>
          </tfoot>
        </table>
      </TableFrame>
      <p className="text-xs text-fg-subtle">
        Batch share is the share of each model&apos;s requests that ran through the Batch API.
      </p>
    </section>
  );
}
