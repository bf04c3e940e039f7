import type { CalcRow } from "@/lib/cost/calculator-rows";
import { TIER_LABEL } from "@/lib/cost/tiers";
import type { ServiceTier } from "@/lib/cost/types";
import { formatPrice, formatUsd, formatUsdPrecise, formatWhole } from "@/lib/format";

/** "Show the math": each line item as tokens × price = amount, then day → month → year. */
export function CostBreakdown({
  row,
  tier,
  days,
  cachedPercent,
}: {
  row: CalcRow;
  tier: ServiceTier;
  days: number;
  cachedPercent: number;
}) {
  const r = row.result;
  if (!r.ok) return null;
  const m = row.model;
  return (
    <div className="space-y-2 text-sm">
      <table className="w-full max-w-2xl text-left">
        <caption className="pb-1 text-left text-xs text-fg-subtle">
          How {m.id} is priced: {TIER_LABEL[tier]} tier prices in USD per 1M tokens, per day.
        </caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">Line item</th>
            <th scope="col">Tokens per day</th>
            <th scope="col">Price per 1M tokens</th>
            <th scope="col">Amount per day</th>
          </tr>
        </thead>
        <tbody className="font-mono text-xs tabular-nums">
          {r.lines.map((l) => (
            <tr key={l.kind} className="align-top">
              <th scope="row" className="py-0.5 pr-3 font-sans font-normal">
                {l.label}
                {l.note ? <span className="block text-fg-subtle">{l.note}</span> : null}
              </th>
              <td className="py-0.5 pr-2 text-right">{formatWhole(l.tokensPerDay)}</td>
              <td className="py-0.5 pr-2 text-right whitespace-nowrap">× {formatUsdPrecise(l.ratePer1M)} / 1M</td>
              <td className="py-0.5 text-right whitespace-nowrap">= {formatUsdPrecise(l.amountPerDay)}</td>
            </tr>
          ))}
          <tr className="border-t border-line-strong">
            <th scope="row" className="py-0.5 pr-3 font-sans font-medium">
              Per day
            </th>
            <td colSpan={2} />
            <td className="py-0.5 text-right font-medium">{formatUsdPrecise(r.perDay)}</td>
          </tr>
          <tr>
            <th scope="row" className="py-0.5 pr-3 font-sans font-medium">
              Per month
            </th>
            <td colSpan={2} className="py-0.5 pr-2 text-right">
              × {days} days
            </td>
            <td className="py-0.5 text-right font-medium">{formatUsdPrecise(r.perMonth)}</td>
          </tr>
          <tr>
            <th scope="row" className="py-0.5 pr-3 font-sans font-medium">
              Per year
            </th>
            <td colSpan={2} className="py-0.5 pr-2 text-right">
              × 12 months
            </td>
            <td className="py-0.5 text-right font-medium">{formatUsdPrecise(r.perYear)}</td>
          </tr>
        </tbody>
      </table>
      <ul className="list-inside list-disc space-y-0.5 text-xs text-fg-muted">
        {tier !== "standard" ? (
          <li>
            {row.standardPerMonth !== null
              ? `At Standard prices the same workload costs ${formatUsd(row.standardPerMonth)} a month.`
              : "No Standard price is published to compare with."}
          </li>
        ) : null}
        {r.notes.map((n) => (
          <li key={n}>{n}</li>
        ))}
        {m.cacheWrite != null && cachedPercent > 0 ? (
          <li>
            Writing to the prompt cache is billed separately on {m.id} ({formatPrice(m.cacheWrite)} per 1M tokens written); it is
            not included, since it depends on how often your prompt prefix changes.
          </li>
        ) : null}
      </ul>
    </div>
  );
}
