import type { ReactNode } from "react";

import { Badge, STATUS_TONE } from "@/components/ui/badge";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { panelVariants } from "@/components/ui/panel";
import { STATUS_ON_LABEL } from "@/lib/catalog/lifecycle";
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
      className={panelVariants({
        className: "relative snap-x overflow-x-auto focus-visible:outline-2 focus-visible:outline-accent-strong",
      })}
    >
      <table aria-busy={busy || undefined} className={cn("w-full border-collapse text-left text-sm", busy && "opacity-70")}>
        <caption className="sr-only">
          {`Comparison of ${models.map((m) => m.id).join(", ")}. Rows whose values differ are marked “differs”; “best” marks the lowest price or cost, the largest limit and the highest score among models that stay callable for more than 90 days; “retiring” marks a better value of a model that shuts down sooner.`}
        </caption>
        <thead className="bg-surface-muted">
          <tr>
            <th scope="col" className="sticky left-0 z-10 w-32 bg-surface-muted px-3 py-2 align-bottom font-medium sm:w-56">
              Field
            </th>
            {models.map((m) => (
              <th
                key={m.id}
                scope="col"
                className={cn("min-w-40 snap-start px-3 py-2 align-top font-medium", m.status === "shutdown" && "text-fg-subtle")}
              >
                <span className="flex flex-col items-start gap-1">
                  <IntentLink
                    prefetch={false}
                    href={modelHref(m.id)}
                    className={linkVariants({ underline: "hover", weight: "normal", className: "font-mono text-sm break-all" })}
                  >
                    {m.id}
                  </IntentLink>
                  <span className="text-xs font-normal text-fg-subtle">{m.displayName}</span>
                  <Badge tone={STATUS_TONE[m.status]}>{STATUS_ON_LABEL[m.status]}</Badge>
                  {m.status === "shutdown" && m.shutdownDate ? (
                    <span className="text-xs font-normal">since {formatDate(m.shutdownDate)}</span>
                  ) : null}
                  {m.replacement && m.status !== "active" ? (
                    <span className="text-xs font-normal">
                      use{" "}
                      {m.replacementInCatalog ? (
                        <IntentLink
                          prefetch={false}
                          href={modelHref(m.replacement)}
                          className="font-mono underline underline-offset-2"
                        >
                          {m.replacement}
                        </IntentLink>
                      ) : (
                        <span className="font-mono">{m.replacement}</span>
                      )}
                    </span>
                  ) : null}
                  {onRemove ? (
                    <button
                      type="button"
                      onClick={() => onRemove(m.id)}
                      className="text-xs font-normal text-fg-muted underline underline-offset-2 hover:text-fg"
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
            <tr className="border-t-2 border-line">
              <th
                scope="colgroup"
                colSpan={models.length + 1}
                className="bg-surface px-3 pt-4 pb-1 text-xs font-semibold tracking-wide text-fg-subtle uppercase"
              >
                <span className="sticky left-3 inline-flex flex-wrap items-baseline gap-x-3 tracking-normal normal-case">
                  <span className="tracking-wide uppercase">{SECTION_LABEL[section]}</span>
                  {sectionExtra?.[section]}
                </span>
              </th>
            </tr>
            {rows
              .filter((r) => r.section === section)
              .map((row, i, all) => (
                <tr
                  key={row.key}
                  data-differs={row.differs || undefined}
                  className={cn(
                    "align-top",
                    // A benchmark's later variants hang under its first row: a dotted rule, indented names.
                    row.group && all[i - 1]?.group === row.group ? "border-t border-dotted border-line" : "border-t border-line",
                    row.differs && "bg-warn-soft",
                  )}
                >
                  <th
                    scope="row"
                    className={cn(
                      "sticky left-0 z-10 w-32 px-3 py-2 font-normal text-fg-muted sm:w-56",
                      row.group && all[i - 1]?.group === row.group && "pl-6",
                      row.differs ? "bg-warn-soft" : "bg-surface",
                    )}
                  >
                    <span className="block">{row.label}</span>{" "}
                    {row.differs ? (
                      <span className="mt-0.5 inline-block rounded bg-warn-line px-1 text-[11px] font-medium text-fg">
                        differs
                      </span>
                    ) : null}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td
                      key={models[i]?.id ?? i}
                      className={cn(
                        "px-3 py-2",
                        cell.value === null && "text-fg-subtle",
                        cell.best && "font-semibold text-good",
                        models[i]?.status === "shutdown" && !cell.best && "text-fg-subtle",
                      )}
                    >
                      <span className={cn("tabular-nums", cell.value === null && "text-xs")}>{cell.text}</span>{" "}
                      {cell.best ? (
                        <Badge tone="good" className="ml-1.5 align-middle">
                          best
                        </Badge>
                      ) : null}
                      {cell.sooner ? (
                        <Badge tone="warn" className="ml-1.5 align-middle">
                          {`retiring ${formatDate(models[i]?.shutdownDate)}`}
                        </Badge>
                      ) : null}
                      {cell.note ? <span className="mt-0.5 block text-xs font-normal text-fg-subtle">{cell.note}</span> : null}
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
