import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import { SECTION_LABEL } from "@/lib/compare/labels";
import type { CompareModel, CompareRow, SectionId } from "@/lib/compare/types";
import { formatDate } from "@/lib/format";
import { modelHref } from "@/lib/url/model";

type Props = {
  models: CompareModel[];
  rows: CompareRow[];
  /** Extra content of a section's header row (e.g. the calculator link next to "Monthly cost"). */
  sectionExtra?: Partial<Record<SectionId, ReactNode>>;
  onRemove?: (id: string) => void;
  busy?: boolean;
};

const STATUS_TONE = { active: "good", deprecated: "warn", shutdown: "bad", unknown: "neutral" } as const;
const STATUS_TEXT = { active: "Active", deprecated: "Deprecated", shutdown: "Shut down", unknown: "Status unknown" } as const;

/**
 * Models as columns, catalog fields as rows, one table section per group of fields. On a narrow
 * screen the field names stay put and the model columns swipe sideways (the region scrolls, not
 * the page).
 */
export function CompareTable({ models, rows, sectionExtra, onRemove, busy }: Props) {
  const sections = [...new Set(rows.map((r) => r.section))];
  return (
    <div
      role="region"
      aria-label="Comparison table (scrolls sideways on small screens)"
      tabIndex={0}
      className="relative snap-x overflow-x-auto rounded-lg border border-zinc-200 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-zinc-800"
    >
      <table aria-busy={busy || undefined} className={cn("w-full border-collapse text-left text-sm", busy && "opacity-70")}>
        <caption className="sr-only">
          {`Comparison of ${models.map((m) => m.id).join(", ")}. Rows whose values differ are marked “differs”; “best” marks the lowest price or cost, the largest limit and the highest score among models that can still be called.`}
        </caption>
        <thead className="bg-zinc-50 dark:bg-zinc-900">
          <tr>
            <th scope="col" className="sticky left-0 z-10 w-32 bg-zinc-50 px-3 py-2 align-bottom font-medium sm:w-56 dark:bg-zinc-900">
              Field
            </th>
            {models.map((m) => (
              <th
                key={m.id}
                scope="col"
                className={cn("min-w-40 snap-start px-3 py-2 align-top font-medium", m.status === "shutdown" && "text-zinc-500 dark:text-zinc-400")}
              >
                <span className="flex flex-col items-start gap-1">
                  <Link prefetch={false} href={modelHref(m.id)} className="break-all font-mono text-sm text-sky-800 underline-offset-2 hover:underline dark:text-sky-300">
                    {m.id}
                  </Link>
                  <span className="text-xs font-normal text-zinc-600 dark:text-zinc-400">{m.displayName}</span>
                  <Badge tone={STATUS_TONE[m.status]}>{STATUS_TEXT[m.status]}</Badge>
                  {m.status === "shutdown" && m.shutdownDate ? (
                    <span className="text-xs font-normal">since {formatDate(m.shutdownDate)}</span>
                  ) : null}
                  {m.replacement && m.status !== "active" ? (
                    <span className="text-xs font-normal">
                      use{" "}
                      {m.replacementInCatalog ? (
                        <Link prefetch={false} href={modelHref(m.replacement)} className="font-mono underline underline-offset-2">
                          {m.replacement}
                        </Link>
                      ) : (
                        <span className="font-mono">{m.replacement}</span>
                      )}
                    </span>
                  ) : null}
                  {onRemove ? (
                    <button
                      type="button"
                      onClick={() => onRemove(m.id)}
                      className="text-xs font-normal text-zinc-700 underline underline-offset-2 hover:text-zinc-950 dark:text-zinc-300 dark:hover:text-white"
                    >
                      Remove<span className="sr-only"> {m.id}</span>
                    </button>
                  ) : null}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        {sections.map((section) => (
          <tbody key={section}>
            <tr className="border-t-2 border-zinc-200 dark:border-zinc-700">
              <th
                scope="colgroup"
                colSpan={models.length + 1}
                className="bg-white px-3 pb-1 pt-4 text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:bg-zinc-950 dark:text-zinc-400"
              >
                <span className="sticky left-3 inline-flex flex-wrap items-baseline gap-x-3 normal-case tracking-normal">
                  <span className="uppercase tracking-wide">{SECTION_LABEL[section]}</span>
                  {sectionExtra?.[section]}
                </span>
              </th>
            </tr>
            {rows
              .filter((r) => r.section === section)
              .map((row) => (
                <tr
                  key={row.key}
                  data-differs={row.differs || undefined}
                  className={cn("border-t border-zinc-200 align-top dark:border-zinc-800", row.differs && "bg-amber-50/70 dark:bg-amber-950/25")}
                >
                  <th
                    scope="row"
                    className={cn(
                      "sticky left-0 z-10 w-32 px-3 py-2 font-normal text-zinc-700 sm:w-56 dark:text-zinc-300",
                      row.differs ? "bg-amber-50 dark:bg-[#241a0c]" : "bg-white dark:bg-zinc-950",
                    )}
                  >
                    <span className="block">{row.label}</span>{" "}
                    {row.differs ? (
                      <span className="mt-0.5 inline-block rounded bg-amber-200/70 px-1 text-[11px] font-medium text-amber-950 dark:bg-amber-800/60 dark:text-amber-50">
                        differs
                      </span>
                    ) : null}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td
                      key={models[i]?.id ?? i}
                      className={cn(
                        "px-3 py-2",
                        cell.value === null && "text-zinc-500 dark:text-zinc-400",
                        cell.best && "font-semibold text-emerald-800 dark:text-emerald-300",
                        models[i]?.status === "shutdown" && !cell.best && "text-zinc-500 dark:text-zinc-400",
                      )}
                    >
                      <span className={cn("tabular-nums", cell.value === null && "text-xs")}>{cell.text}</span>{" "}
                      {cell.best ? (
                        <Badge tone="good" className="ml-1.5 align-middle">
                          best
                        </Badge>
                      ) : null}
                      {cell.note ? <span className="mt-0.5 block text-xs font-normal text-zinc-600 dark:text-zinc-400">{cell.note}</span> : null}
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
