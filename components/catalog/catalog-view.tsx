"use client";

import { useId, useMemo, useRef } from "react";

import { CatalogExport } from "@/components/export/catalog-export";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { Button } from "@/components/ui/button";
import { CheckList } from "@/components/ui/check-list";
import { checkboxVariants } from "@/components/ui/checkbox";
import { fieldVariants } from "@/components/ui/field";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { PopoverDisclosure } from "@/components/ui/popover-disclosure";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { countIds, filterAndGroup, type CatalogFilters, type CatalogRow } from "@/lib/catalog/rows";
import { formatTokensShort } from "@/lib/format";
import {
  CATALOG_COLUMNS,
  CATALOG_ROW_LIMIT,
  catalogHref,
  DEFAULT_VISIBLE,
  FIXED_COLUMNS,
  MIN_CONTEXT_CHOICES,
  STATUSES,
  type CatalogColumn,
  type CatalogState,
} from "@/lib/url/catalog";
import { HIDE_CONFLICT_HINT, hidesEveryChosenStatus } from "@/lib/url/catalog-settle";
import { compareHref, MAX_COMPARED } from "@/lib/url/compare";

import { CatalogTable, SELECTION_FULL } from "./catalog-table";
import { COLUMN_LABELS } from "./columns";
import { useCatalogState } from "./use-catalog-state";

const fieldClass = fieldVariants();

/** The catalog island. `initial` is the server's state for the link (lib/url/catalog-page.ts). */
export function CatalogView({ rows, families, initial }: { rows: CatalogRow[]; families: string[]; initial: CatalogState }) {
  const [state, setState] = useCatalogState(initial);
  const searchBox = useRef<HTMLInputElement>(null);
  const search = (text: string) => setState({ q: text.slice(0, 100) });
  useTypedBeforeHydration(searchBox, state.q, search);
  const groupHintId = useId();

  // Stable identity matters: TanStack rebuilds every row whenever `data` changes, so the rows
  // depend on the filters only; sorting, selecting or expanding must not hand it new data.
  const { q, families: fams, statuses, hideShutdown, reasoning, image, minContext } = state;
  const filterKey = JSON.stringify({
    q,
    families: fams,
    statuses,
    hideShutdown,
    reasoning,
    image,
    minContext,
  } satisfies CatalogFilters);
  const groups = useMemo(() => filterAndGroup(rows, JSON.parse(filterKey) as CatalogFilters), [rows, filterKey]);
  const totalModels = useMemo(() => rows.filter((r) => r.kind !== "snapshot").length, [rows]);
  const shownModels = groups.length;
  const filtersActive =
    q !== "" ||
    fams.length > 0 ||
    statuses.length > 0 ||
    hideShutdown ||
    reasoning !== "any" ||
    image !== "any" ||
    minContext > 0;

  const toggleIn = <T extends string>(list: T[], item: T, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));

  return (
    <div className="space-y-4">
      <form
        role="search"
        aria-label="Filter models"
        className="flex flex-wrap items-end gap-3"
        onSubmit={(e) => e.preventDefault()}
      >
        <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm">
          <span className="font-medium">Search</span>
          <input
            ref={searchBox}
            type="search"
            value={state.q}
            onChange={(e) => search(e.target.value)}
            placeholder="ID, name or family, e.g. nano"
            className={fieldClass}
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Reasoning</span>
          <select
            value={state.reasoning}
            onChange={(e) => setState({ reasoning: e.target.value as typeof state.reasoning })}
            className={fieldClass}
          >
            <option value="any">Any</option>
            <option value="yes">Reasoning models</option>
            <option value="no">Non-reasoning</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Image input</span>
          <select
            value={state.image}
            onChange={(e) => setState({ image: e.target.value as typeof state.image })}
            className={fieldClass}
          >
            <option value="any">Any</option>
            <option value="yes">Takes images</option>
            <option value="no">Text only</option>
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Minimum context</span>
          <select
            value={state.minContext}
            onChange={(e) => setState({ minContext: Number(e.target.value) })}
            className={fieldClass}
          >
            {MIN_CONTEXT_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n === 0 ? "Any" : `≥ ${formatTokensShort(n)} tokens`}
              </option>
            ))}
          </select>
        </label>
        <label className="flex h-9 items-center gap-2 text-sm">
          <input
            type="checkbox"
            className={checkboxVariants()}
            checked={state.hideShutdown}
            onChange={(e) => setState({ hideShutdown: e.target.checked })}
          />
          Hide shut-down models
        </label>
        <PopoverDisclosure summary={`Family${state.families.length ? ` (${state.families.length})` : ""}`}>
          <CheckList
            legend="Family"
            items={families.map((f) => ({ value: f, label: f }))}
            checked={state.families}
            onToggle={(f, on) => setState({ families: toggleIn(state.families, f, on) })}
          />
        </PopoverDisclosure>
        <PopoverDisclosure summary={`Lifecycle${state.statuses.length ? ` (${state.statuses.length})` : ""}`}>
          <CheckList
            legend="Lifecycle status"
            items={STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }))}
            checked={state.statuses}
            onToggle={(s, on) => setState({ statuses: toggleIn(state.statuses, s, on) })}
          />
        </PopoverDisclosure>
        <PopoverDisclosure summary="Columns" align="end">
          <CheckList
            legend="Visible columns"
            items={CATALOG_COLUMNS.filter((c) => !FIXED_COLUMNS.includes(c)).map((c) => ({ value: c, label: COLUMN_LABELS[c] }))}
            checked={state.columns}
            onToggle={(c, on) => setState({ columns: orderColumns(toggleIn(state.columns, c, on)) })}
          />
          <button type="button" className="mt-1 text-left text-xs underline" onClick={() => setState({ columns: null })}>
            Default columns
          </button>
        </PopoverDisclosure>
        {filtersActive ? (
          <Button
            variant="ghost"
            size="md"
            onClick={() =>
              setState({
                q: null,
                families: null,
                statuses: null,
                hideShutdown: null,
                reasoning: null,
                image: null,
                minContext: null,
              })
            }
          >
            Clear filters
          </Button>
        ) : null}
      </form>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="space-y-1">
          <p role="status" aria-live="polite" className="text-sm text-fg-muted">
            <strong className="font-semibold">{shownModels}</strong> of {totalModels} models
            <span className="text-fg-subtle">
              {" "}
              · {countIds(groups)} of {rows.length} model IDs incl. dated snapshots
            </span>
          </p>
          <div className="flex flex-wrap items-center gap-x-2 text-sm">
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                className={checkboxVariants()}
                checked={!state.flat}
                aria-describedby={groupHintId}
                onChange={(e) => setState({ flat: !e.target.checked || null })}
              />
              Callable models first
            </label>
            <span id={groupHintId} className="text-xs text-fg-subtle">
              then those retiring within 90 days, then shut down; a column sort orders each group
            </span>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {/* Always in the page, so the limit is announced the moment the last box is ticked. */}
          <span role="status" className="text-sm empty:hidden">
            {state.selected.length > 0 ? `${state.selected.length} selected` : null}
            {state.selected.length >= MAX_COMPARED ? <span className="text-fg-muted">{` · ${SELECTION_FULL}`}</span> : null}
          </span>
          {state.selected.length > 0 ? (
            <>
              <IntentLink href={compareHref({ models: state.selected })} className={linkVariants({ className: "text-sm" })}>
                Compare selected
              </IntentLink>
              <Button variant="ghost" size="sm" onClick={() => setState({ selected: null })}>
                Clear selection
              </Button>
            </>
          ) : null}
          <CopyLinkButton href={catalogHref(state)} />
          <CatalogExport groups={groups} state={state} />
        </div>
      </div>

      <CatalogTable
        rows={groups}
        sort={state.sort}
        onSortChange={(sort) => setState({ sort: sort.length ? sort : null })}
        visible={state.columns}
        selected={state.selected}
        onSelectedChange={(selected) => setState({ selected: selected.length ? selected : null })}
        expanded={state.expanded}
        onExpandedChange={(expanded) => setState({ expanded: expanded.length ? expanded : null })}
        limit={state.showAll ? undefined : CATALOG_ROW_LIMIT}
        onShowAll={() => setState({ showAll: true })}
        grouped={!state.flat}
        emptyHint={hidesEveryChosenStatus(state) ? HIDE_CONFLICT_HINT : undefined}
      />
    </div>
  );
}

/** Keeps the URL's column list in table order, so equal views have equal links. */
function orderColumns(cols: CatalogColumn[]): CatalogColumn[] | null {
  const ordered = CATALOG_COLUMNS.filter((c) => cols.includes(c));
  const isDefault = ordered.length === DEFAULT_VISIBLE.length && ordered.every((c, i) => c === DEFAULT_VISIBLE[i]);
  return isDefault ? null : ordered;
}
