"use client";

import { Fragment, useId, useState } from "react";

import { Badge } from "@/components/ui/badge";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { panelVariants } from "@/components/ui/panel";
import { SortableHeader } from "@/components/ui/sortable-header";
import { STATUS_ON_LABEL } from "@/lib/catalog/lifecycle";
import { cn } from "@/lib/cn";
import type { HeadlineMark } from "@/lib/cost/calculator-headline";
import { unpricedText, type CalcRow, type CalcSort, type SortColumn } from "@/lib/cost/calculator-rows";
import type { ServiceTier } from "@/lib/cost/types";
import { formatDate, formatMultiplier, formatUsd, formatWhole } from "@/lib/format";
import { modelHref } from "@/lib/url/model";

import { CostBreakdown } from "./cost-breakdown";

const HEADERS: { column: SortColumn; label: string; numeric: boolean }[] = [
  { column: "model", label: "Model", numeric: false },
  { column: "month", label: "Per month", numeric: true },
  { column: "day", label: "Per day", numeric: true },
  { column: "year", label: "Per year", numeric: true },
  { column: "relative", label: "vs cheapest", numeric: true },
  { column: "budget", label: "Budget buys", numeric: true },
];

/** Bigger is better for what a budget buys: it sorts descending on the first click. */
const FIRST_DESC: readonly SortColumn[] = ["budget"];

type Props = {
  rows: CalcRow[];
  tier: ServiceTier;
  days: number;
  cachedPercent: number;
  /** Requests are described: the budget column counts requests. */
  perRequest: boolean;
  showBudget: boolean;
  sort: CalcSort;
  onSortChange: (next: CalcSort) => void;
  /** Rows the headline names: the cheapest that stays callable, a cheaper one retiring sooner, a cheaper gone one. */
  marks: ReadonlyMap<string, HeadlineMark>;
};

const MARK_TEXT: Record<HeadlineMark, string> = {
  pick: "cheapest that stays callable",
  sooner: "cheaper, retiring soon",
  gone: "cheaper, not callable",
};

export function ResultsTable({ rows, tier, days, cachedPercent, perRequest, showBudget, sort, onSortChange, marks }: Props) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const baseId = useId();
  const headers = HEADERS.filter((h) => showBudget || h.column !== "budget");
  const columns = headers.length;

  function toggle(id: string) {
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    // relative: the sr-only texts in the table are absolutely positioned; without a positioned
    // ancestor they would escape the scroll box and widen the page on small screens.
    <div className={panelVariants({ className: "relative overflow-x-auto" })}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">
          Cost of the workload on each model: per day, per month and per year, and relative to the cheapest model shown. Column
          headers sort.
        </caption>
        <thead className="bg-surface-muted">
          <tr>
            {headers.map((h) => {
              const active = sort.column === h.column;
              return (
                <SortableHeader
                  key={h.column}
                  label={h.label}
                  dir={active ? (sort.desc ? "desc" : "asc") : false}
                  onSort={() =>
                    onSortChange(
                      active ? { column: h.column, desc: !sort.desc } : { column: h.column, desc: FIRST_DESC.includes(h.column) },
                    )
                  }
                  className={cn(h.numeric && "text-right")}
                />
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns} className="px-3 py-8 text-center text-fg-subtle">
                No model to show: clear the focus or include retired models.
              </td>
            </tr>
          ) : null}
          {rows.map((row) => {
            const m = row.model;
            const r = row.result;
            const detailId = `${baseId}-${m.id}`;
            const isOpen = open.has(m.id);
            const mark = marks.get(m.id);
            return (
              <Fragment key={m.id}>
                <tr
                  className={cn(
                    "border-t border-line align-top",
                    m.retired && "bg-surface-muted",
                    mark === "pick" && "bg-good-soft",
                  )}
                >
                  <th scope="row" className="px-3 py-2 font-normal">
                    <ModelCell row={row} />
                  </th>
                  {r.ok ? (
                    <>
                      <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                        <span className="block font-semibold">{formatUsd(r.perMonth)}</span>
                        {/* Next to the main figure, so it is in reach on a narrow screen too. */}
                        <button
                          type="button"
                          aria-expanded={isOpen}
                          aria-controls={detailId}
                          onClick={() => toggle(m.id)}
                          className={linkVariants({ className: "text-xs" })}
                        >
                          {isOpen ? "Hide the math" : "Show the math"}
                          <span className="sr-only"> for {m.id}</span>
                        </button>
                      </td>
                      <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{formatUsd(r.perDay)}</td>
                      <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{formatUsd(r.perYear)}</td>
                      <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                        {row.relative !== null ? formatMultiplier(row.relative) : "—"}
                        {mark ? (
                          <span className={cn("block text-xs", mark === "pick" ? "text-good" : "text-warn")}>
                            {MARK_TEXT[mark]}
                          </span>
                        ) : null}
                      </td>
                    </>
                  ) : (
                    <td colSpan={4} className="min-w-56 px-3 py-2 text-fg-muted">
                      {unpricedText(r, tier, m.status)}
                    </td>
                  )}
                  {showBudget ? (
                    <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                      <BudgetCell row={row} perRequest={perRequest} />
                    </td>
                  ) : null}
                </tr>
                {r.ok && isOpen ? (
                  <tr id={detailId} className="bg-surface-muted">
                    <td colSpan={columns} className="px-3 py-3">
                      {/* Sticks to the left edge of the scroll box, so a narrow screen shows it whole. */}
                      <div className="sticky left-3 max-w-[calc(100vw-4rem)]">
                        <CostBreakdown row={row} tier={tier} days={days} cachedPercent={cachedPercent} />
                      </div>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ModelCell({ row }: { row: CalcRow }) {
  const m = row.model;
  return (
    <span className="flex min-w-36 flex-col gap-0.5">
      <IntentLink
        prefetch={false}
        href={modelHref(m.id)}
        className={linkVariants({ underline: "hover", className: "font-mono text-sm" })}
      >
        {m.id}
      </IntentLink>
      <span className="text-xs text-fg-subtle">
        {m.kind === "snapshot" && m.aliasId ? `dated snapshot of ${m.aliasId}` : m.displayName}
        {m.size === "full-size" ? " · full-size reference" : ""}
      </span>
      <span className="flex flex-wrap gap-1">
        {m.status === "shutdown" ? (
          <Badge tone="danger">Shut down {formatDate(m.shutdownDate)}</Badge>
        ) : m.status === "unknown" ? (
          <Badge tone="warn">Status unknown</Badge>
        ) : m.status === "deprecated" ? (
          <Badge tone="warn">Retires {formatDate(m.shutdownDate)}</Badge>
        ) : m.status === "unreleased" ? (
          <Badge>{STATUS_ON_LABEL.unreleased}</Badge>
        ) : null}
        {m.replacement && m.status !== "active" ? <Badge tone="info">→ {m.replacement}</Badge> : null}
        {m.reasoning ? <Badge>reasoning</Badge> : null}
      </span>
    </span>
  );
}

function BudgetCell({ row, perRequest }: { row: CalcRow; perRequest: boolean }) {
  const b = row.budget;
  if (!b) return null;
  if (!b.ok) return <span className="text-fg-subtle">{b.reason === "free" ? "no cost" : "—"}</span>;
  return (
    <span className="flex flex-col items-end">
      {perRequest && b.requestsPerMonth !== null ? (
        <>
          <span>{formatWhole(b.requestsPerMonth)} requests</span>
          <span className="text-xs text-fg-subtle">{formatWhole(b.tokensPerMonth)} tokens</span>
        </>
      ) : (
        <span>{formatWhole(b.tokensPerMonth)} tokens</span>
      )}
      <span className="text-xs text-fg-subtle">{formatMultiplier(b.times)} your workload</span>
    </span>
  );
}
