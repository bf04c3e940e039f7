import { formatDate, formatTokens, formatUsd, formatUsdDelta } from "@/lib/format";
import { TOKEN_KIND_LABEL } from "@/lib/usage/options";
import { formatChange } from "@/lib/usage/present";
import type { Reconciliation } from "@/lib/usage/reconcile";
import { tierLabel } from "@/lib/usage/tiers";

import { HeadRow, TableFrame, TD, TD_NUM } from "./table-frame";

const STATUS_TEXT = {
  match: "matches",
  differs: "differs",
  "no-usage": "no usage found",
  unpriced: "no catalog price",
  "not-tokens": "not tokens",
} as const;

/** The costs file against the usage at catalog prices, line item by line item. */
export function ReconcileTable({ reconciliation: r }: { reconciliation: Reconciliation }) {
  const usd = r.currency === "usd";
  const money = (v: string | null) => (v === null ? "–" : usd ? formatUsd(v) : `${v} ${r.currency.toUpperCase()}`);
  return (
    <section aria-labelledby="reconcile-heading" className="space-y-3">
      <h3 id="reconcile-heading" className="font-semibold">
        Against your costs file
        {r.days ? (
          <span className="font-normal text-fg-muted">
            {" "}
            ({formatDate(r.days.first)} to {formatDate(r.days.last)}, {r.days.count} days in both files)
          </span>
        ) : null}
      </h3>
      <TableFrame label="Costs file against catalog prices, per line item">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">
            Each line item of the costs file: what was billed, what the same usage costs at catalog prices, the difference in
            dollars and percent, and a reason where one is known.
          </caption>
          <HeadRow
            columns={[
              { label: "Line item" },
              ...["Billed", "At catalog prices", "Difference", "Difference %"].map((label) => ({ label, numeric: true })),
              { label: "Why" },
            ]}
          />
          <tbody className="divide-y divide-line">
            {r.lines.map((l) => (
              <tr key={l.lineItem}>
                <th scope="row" className={`${TD} min-w-48 font-mono font-medium`}>
                  {l.lineItem}
                </th>
                <td className={TD_NUM}>{money(l.billed)}</td>
                <td className={TD_NUM}>{money(l.catalog)}</td>
                <td className={TD_NUM}>{l.difference === null ? "–" : usd ? formatUsdDelta(l.difference) : l.difference}</td>
                <td className={TD_NUM}>{formatChange(l.percent)}</td>
                <td className={`${TD} min-w-64 text-xs text-fg-muted`}>
                  <span className="font-medium text-fg">{STATUS_TEXT[l.status]}</span>
                  {l.reasons.length ? `: ${l.reasons.join(" ")}` : ""}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t border-line-strong font-medium">
            <tr>
              <th scope="row" className={TD}>
                Lines with a catalog price
              </th>
              <td className={TD_NUM}>{money(r.totals.matchedBilled)}</td>
              <td className={TD_NUM}>{money(r.totals.matchedCatalog)}</td>
              <td className={TD_NUM}>{usd ? formatUsdDelta(r.totals.difference) : r.totals.difference}</td>
              <td className={TD_NUM} data-testid="reconcile-percent">
                {formatChange(r.totals.percent)}
              </td>
              <td className={`${TD} text-xs font-normal text-fg-muted`}>Every line item billed: {money(r.totals.billed)}</td>
            </tr>
          </tfoot>
        </table>
      </TableFrame>
      {r.unbilled.length ? (
        <div className="text-sm">
          <p className="font-medium">Usage no line item bills:</p>
          <ul className="list-inside list-disc text-fg-muted">
            {r.unbilled.map((u) => (
              <li key={`${u.model}/${u.tier}/${u.kind}`}>
                {formatTokens(u.tokens)} {TOKEN_KIND_LABEL[u.kind]} tokens of <span className="font-mono">{u.model}</span> (
                {tierLabel(u.tier)}){u.catalog ? `, ${money(u.catalog)} at catalog prices` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {r.notes.length ? (
        <ul className="list-inside list-disc text-sm text-fg-muted">
          {r.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
