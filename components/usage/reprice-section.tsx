"use client";

import { useId } from "react";

import { ExportButtons } from "@/components/export/export-buttons";
import { Badge } from "@/components/ui/badge";
import { Disclosure } from "@/components/ui/disclosure";
import { fieldVariants } from "@/components/ui/field";
import { SortableHeader } from "@/components/ui/sortable-header";
import { TIER_LABEL } from "@/lib/cost/tiers";
import { usageExportTitle, usageRepriceExportTable } from "@/lib/export/usage";
import { formatTokens, formatUsd, formatUsdDelta } from "@/lib/format";
import { usageReasoning, type UsageState } from "@/lib/url/usage";
import type { UsageAnalysis } from "@/lib/usage/analyze";
import { REPRICE_TIERS, type RepriceTier, type UsageSortColumn } from "@/lib/usage/options";
import { assumptionLabel, formatChange, repriceTable } from "@/lib/usage/present";

import { LifecycleBadge } from "./lifecycle-badge";
import { ReasoningFields } from "./reasoning-fields";
import { TableFrame, TD, TD_NUM } from "./table-frame";
import type { useUsageState } from "./use-usage-state";

const TIER_OPTION: Record<RepriceTier, string> = { "as-run": "As run (each request on its tier)", ...TIER_LABEL };

/** "The same usage on every other model": each callable model on the chosen tier, sortable, downloadable. */
export function RepriceSection({
  analysis,
  state,
  setState,
  updating,
  link,
  verifiedOn,
}: {
  analysis: UsageAnalysis;
  state: UsageState;
  setState: ReturnType<typeof useUsageState>[1];
  updating: boolean;
  /** The view's canonical link (for the export's JSON). */
  link: string;
  verifiedOn: string;
}) {
  const tierId = useId();
  const { reprice, period } = analysis;
  const reasoning = usageReasoning(state);
  const { priced, unavailable } = repriceTable(reprice.rows, state.tier, state.sort);
  const days = period ? `${period.days} days` : "the period";
  const fileReasons = analysis.models.flatMap((m) => (m.identity.known && m.identity.reasoning ? [m.model] : []));

  const dir = (column: UsageSortColumn) => (state.sort.column === column ? (state.sort.desc ? "desc" : "asc") : false);
  const sortBy = (column: UsageSortColumn) => () =>
    void setState({
      sort: { column, desc: state.sort.column === column ? !state.sort.desc : false },
    });

  return (
    <section aria-labelledby="reprice-heading" className="space-y-4">
      <div className="space-y-1">
        <h2 id="reprice-heading" className="text-lg font-semibold">
          The same usage on every other model
        </h2>
        <p className="text-sm text-fg-muted">
          Every model you can call today, priced for the same tokens. Your bill for them at catalog prices:{" "}
          <strong className="text-fg tabular-nums">{formatUsd(reprice.current.monthly)}</strong> per 30 days
          {reprice.current.complete ? "" : " (some tokens have no price)"}. The difference compares only tokens priced on both
          sides.
        </p>
      </div>
      <ReasoningFields
        shares={{ reasoning: state.reasoning, fileReasoning: state.fileReasoning }}
        onChange={(shares) => void setState(shares)}
        fileReasons={fileReasons}
      />
      <div className="flex flex-wrap items-end gap-4">
        <div className="space-y-1">
          <label htmlFor={tierId} className="block text-sm font-medium">
            Tier
          </label>
          <select
            id={tierId}
            value={state.tier}
            onChange={(e) => void setState({ tier: e.target.value as RepriceTier })}
            className={fieldVariants({ size: "md" })}
          >
            {REPRICE_TIERS.map((t) => (
              <option key={t} value={t}>
                {TIER_OPTION[t]}
              </option>
            ))}
          </select>
        </div>
        <p className="text-sm text-fg-subtle" aria-live="polite">
          {updating ? "Updating the figures…" : `Assumes: ${reasoning ? "the reasoning shares above" : "output as in the file"}.`}
        </p>
      </div>
      <TableFrame label="Every model, priced for your usage">
        <table className="w-full text-left text-sm" aria-busy={updating || undefined}>
          <caption className="sr-only">
            Your usage priced on each model you can call today, on the {TIER_OPTION[state.tier]} tier: per 30 days and over the
            file&apos;s period, and the difference from today&apos;s bill for the same tokens. Column headers sort.
          </caption>
          <thead className="bg-surface-muted">
            <tr>
              <SortableHeader label="Model" dir={dir("model")} onSort={sortBy("model")} />
              <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                Status
              </th>
              <SortableHeader label="Per 30 days" dir={dir("monthly")} onSort={sortBy("monthly")} className="text-right" />
              <th scope="col" className="px-3 py-2 text-right font-medium whitespace-nowrap">
                Over {days}
              </th>
              <SortableHeader
                label="Difference per 30 days"
                dir={dir("difference")}
                onSort={sortBy("difference")}
                className="text-right"
              />
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {priced.map((r) => (
              <tr key={r.targetId}>
                <th scope="row" className={`${TD} font-medium`}>
                  {r.displayName}
                  <span className="block font-mono text-xs font-normal text-fg-subtle">{r.targetId}</span>
                  {r.inFile ? (
                    <Badge tone="info" className="mt-1">
                      in your file
                    </Badge>
                  ) : null}
                </th>
                <td className={TD}>
                  <LifecycleBadge lifecycle={r.lifecycle} />
                </td>
                <td className={TD_NUM}>
                  <span className="font-medium">
                    {r.complete && !r.lowerBound ? "" : "at least "}
                    {formatUsd(r.monthly)}
                  </span>
                  <span className="block text-xs text-fg-subtle">{assumptionLabel(r, reasoning)}</span>
                </td>
                <td className={TD_NUM}>{formatUsd(r.period)}</td>
                <td className={TD_NUM}>
                  {formatUsdDelta(r.comparison.difference)}
                  <span className="block text-xs text-fg-subtle">{formatChange(r.comparison.percent)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {priced.some((r) => !r.complete || r.lowerBound) ? (
        <p className="text-xs text-fg-subtle">
          “At least”: some of the tokens have no published price on that model and tier (they are left out), or some requests may
          pass a long-context threshold. The notes below say which.
        </p>
      ) : null}
      <RepriceNotes analysis={analysis} unavailable={unavailable} tier={state.tier} />
      <ExportButtons
        view="usage"
        subject="the repricing"
        link={link}
        dataVerifiedOn={verifiedOn}
        title={usageExportTitle(state.tier)}
        build={() => usageRepriceExportTable(priced, period)}
      />
    </section>
  );
}

function RepriceNotes({
  analysis,
  unavailable,
  tier,
}: {
  analysis: UsageAnalysis;
  unavailable: ReturnType<typeof repriceTable>["unavailable"];
  tier: RepriceTier;
}) {
  const { reprice } = analysis;
  const rowNotes = [...new Set(reprice.rows.filter((r) => r.ok && r.tier === tier).flatMap((r) => (r.ok ? r.notes : [])))];
  return (
    <div className="space-y-3 text-sm">
      {reprice.cannotTake.length ? (
        <div>
          <h3 className="font-semibold">Models that cannot take this usage</h3>
          <ul className="list-inside list-disc text-fg-muted">
            {reprice.cannotTake.map((c) => (
              <li key={c.targetId}>
                <span className="font-medium text-fg">{c.displayName}</span> (<span className="font-mono">{c.targetId}</span>):{" "}
                {c.reasons.join(" ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {unavailable.length ? (
        <div>
          <h3 className="font-semibold">Not offered on this tier</h3>
          <ul className="list-inside list-disc text-fg-muted">
            {unavailable.map((u) => (
              <li key={u.targetId}>{u.message}.</li>
            ))}
          </ul>
        </div>
      ) : null}
      {reprice.excluded.length ? (
        <div>
          <h3 className="font-semibold">Not repriced</h3>
          <ul className="list-inside list-disc text-fg-muted">
            {reprice.excluded.map((e) => (
              <li key={e.model}>
                <span className="font-mono">{e.model}</span>, {formatTokens(e.tokens)} tokens: {e.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {rowNotes.length ? (
        <Disclosure summary={`Notes on these figures (${rowNotes.length})`}>
          <ul className="mt-2 list-inside list-disc space-y-1 text-xs text-fg-muted">
            {rowNotes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </Disclosure>
      ) : null}
    </div>
  );
}
