"use client";

import { useTransition } from "react";

import { AsOfField } from "@/components/as-of/as-of-field";
import { ExportButtons } from "@/components/export/export-buttons";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { checkboxVariants } from "@/components/ui/checkbox";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { visibleRows } from "@/lib/compare/labels";
import type { PickerOption, CompareTable as Table } from "@/lib/compare/types";
import { DAYS_PER_MONTH } from "@/lib/cost/article-workload";
import { compareExportTable } from "@/lib/export/compare";
import { workloadPhrase } from "@/lib/share/compare-share";
import { CATALOG_PATH } from "@/lib/url/catalog";
import { compareHref, MIN_COMPARED, type CompareState } from "@/lib/url/compare";
import { lifecycleCalendarHref } from "@/lib/url/feeds";

import { CompareTable } from "./compare-table";
import { CompareModelPicker } from "./model-picker";
import { useCompareState } from "./use-compare-state";
import { WorkloadFields } from "./workload-fields";

type Props = {
  /** The table the server built for the link's models (null with fewer than two). */
  table: Table | null;
  options: PickerOption[];
  verifiedOn: string;
  /** The calculator's link for the server's table (its models and workload). */
  calculatorLink: string;
  /** The server's state for the link, its model list resolved (lib/url/compare-page.ts). */
  initial: CompareState;
  /** The server's today (the "as of" field's default and bounds). */
  today: string;
};

export function CompareView({ table: serverTable, options, verifiedOn, calculatorLink, initial, today }: Props) {
  const [pending, startTransition] = useTransition();
  const [state, setState] = useCompareState(initial, { startTransition });
  // The chosen models come from the URL at once (the server's table follows a round trip later),
  // so quick successive picks build on each other rather than on a stale table.
  const ids = state.models;
  const table = ids.length >= MIN_COMPARED ? serverTable : null;
  const canonical = compareHref(state);
  const rows = table ? visibleRows(table.rows, state.diffOnly) : [];
  const setModels = (next: string[]) => void setState({ models: next.length ? next : null });

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="flex flex-wrap items-end gap-4">
          <CompareModelPicker options={options} chosen={ids} onAdd={(id) => setModels([...ids, id])} />
          <AsOfField on={state.on} today={today} onChange={(on) => void setState({ on })} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <CopyLinkButton href={canonical} />
          {table ? (
            <ExportButtons
              view="compare"
              link={canonical}
              dataVerifiedOn={verifiedOn}
              build={() => compareExportTable(table, rows)}
            />
          ) : null}
        </div>
      </div>

      {!table && ids.length >= MIN_COMPARED ? (
        <p role="status" className="text-sm text-fg-muted">
          Loading the comparison of {ids.join(", ")}…
        </p>
      ) : !table ? (
        <Notice tone="info" title={`Pick at least ${MIN_COMPARED} models to compare`}>
          {ids.length === 1 ? (
            <p>
              <span className="font-mono">{ids[0]}</span> is chosen. Add one to three more above,{" "}
              <button type="button" className="underline underline-offset-2" onClick={() => setModels([])}>
                or start over
              </button>
              .
            </p>
          ) : (
            <p>
              Add two to four model IDs above, or select rows in the{" "}
              <IntentLink href={CATALOG_PATH} className="underline underline-offset-2">
                catalog
              </IntentLink>{" "}
              and choose “Compare selected”.
            </p>
          )}
        </Notice>
      ) : (
        <>
          <div className="flex flex-wrap items-end justify-between gap-4">
            <WorkloadFields value={state} onChange={(patch) => void setState(patch)} />
            <label className="flex h-9 items-center gap-2 text-sm">
              <input
                type="checkbox"
                className={checkboxVariants()}
                checked={state.diffOnly}
                onChange={(e) => void setState({ diffOnly: e.target.checked || null })}
              />
              Differences only
            </label>
          </div>
          <p role="status" aria-live="polite" className="text-sm text-fg-muted">
            {state.diffOnly
              ? `${rows.length} of ${table.rows.length} rows differ.`
              : `${table.rows.length} rows, ${table.rows.filter((r) => r.differs).length} of them differ.`}{" "}
            <span className="text-fg-subtle">
              “best” marks only models that stay callable for more than 90 days; a better value of one that retires sooner is
              marked “retiring” with its date. Names and families are not counted as differences.
            </span>
            <span className="text-fg-subtle sm:hidden"> Swipe the table sideways to see every model.</span>
          </p>
          <CompareTable
            models={table.models}
            rows={rows}
            busy={pending}
            onRemove={(id) => setModels(ids.filter((x) => x !== id))}
            sectionExtra={{
              cost: (
                <>
                  <span className="text-fg-subtle">
                    {workloadPhrase(state)}, {DAYS_PER_MONTH} days
                  </span>
                  <IntentLink href={calculatorLink} className={linkVariants()}>
                    Price this in the calculator
                  </IntentLink>
                </>
              ),
            }}
          />
          <p className="text-sm">
            <a href={lifecycleCalendarHref(table.models.map((m) => m.id))} className={linkVariants()}>
              Add shutdown dates to my calendar
            </a>{" "}
            <span className="text-fg-subtle">(deprecation notices and shutdowns of these models, as an .ics feed)</span>
          </p>
        </>
      )}
    </div>
  );
}
