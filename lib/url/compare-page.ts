import "server-only";

/**
 * The compare page from its link: the state with its model list resolved (known, unique, at
 * most four), the link report, the comparison table, the picker's options and the onward link
 * to the calculator. Called once per request (see lib/url/page.ts); the share image uses it too.
 */
import type { SearchParams } from "nuqs/server";

import { statusOn } from "@/lib/catalog/lifecycle";
import { findEntry, loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import type { CatalogEntry } from "@/lib/catalog/types";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { buildCompareTable } from "@/lib/compare/table";
import type { CompareTable, PickerOption } from "@/lib/compare/types";
import { DAYS_PER_MONTH } from "@/lib/cost/article-workload";

import { asOfDay, sanitizeAsOf } from "./as-of";
import { priceInCalculatorHref } from "./calculator";
import {
  COMPARE_KEYS,
  ignoredCompareParams,
  loadCompareParams,
  MIN_COMPARED,
  resolveCompareModels,
  serializeCompare,
  type CompareState,
} from "./compare";
import { linkReport, type ViewPage } from "./page";

export type ComparePage = ViewPage<CompareState> & {
  /** null when fewer than two models are chosen (the page shows the picker and says why). */
  table: CompareTable | null;
  options: PickerOption[];
  /**
   * "Price this in the calculator" for the table's models and workload. Written here, with the
   * calculator's serializer, so the calculator's parsers (and the money code they import) stay
   * out of the compare page's JavaScript.
   */
  calculatorLink: string;
  today: string;
  /** The day compared: the link's "as of" day, or today. */
  day: string;
};

export function loadComparePage(searchParams: SearchParams): ComparePage {
  const today = getToday();
  const parsed = loadCompareParams(searchParams);
  const day = asOfDay(sanitizeAsOf(parsed.on, today), today);
  const catalog = loadCatalog(day);
  const knownIds = new Set(catalog.map((e) => e.id));
  const { ids, problems } = resolveCompareModels(parsed.models, knownIds);
  const state: CompareState = { ...parsed, models: ids, on: sanitizeAsOf(parsed.on, today) };
  const entries = ids.map((id) => findEntry(id, day)).filter((e): e is CatalogEntry => e !== undefined);
  const table =
    entries.length >= MIN_COMPARED
      ? buildCompareTable(entries, {
          day,
          knownIds,
          workload: { inputPerDay: state.inputPerDay, outputPerDay: state.outputPerDay, daysPerMonth: DAYS_PER_MONTH },
          tier: state.tier,
        })
      : null;
  return {
    state,
    ...linkReport(searchParams, COMPARE_KEYS, ignoredCompareParams(searchParams, today), problems),
    query: serializeCompare(state),
    verifiedOn: latestVerifiedOn(catalog),
    table,
    options: catalog.map((e) => ({
      id: e.id,
      label: e.kind === "snapshot" ? `${e.id} (dated snapshot)` : `${e.id} (${e.displayName})`,
      family: e.family,
      status: statusOn(e, day),
    })),
    calculatorLink: priceInCalculatorHref(
      ids,
      { inputTokensPerDay: state.inputPerDay, outputTokensPerDay: state.outputPerDay },
      state.tier,
      state.on,
    ),
    today,
    day,
  };
}
