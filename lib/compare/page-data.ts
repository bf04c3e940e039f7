import "server-only";
import type { SearchParams } from "nuqs/server";
import { DAYS_PER_MONTH } from "@/lib/cost/article-workload";
import { effectiveStatus } from "@/lib/catalog/lifecycle";
import { findEntry, loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import type { CatalogEntry } from "@/lib/catalog/types";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { linkProblems, type LinkProblem } from "@/lib/url/link-guard";
import { priceInCalculatorHref } from "@/lib/url/calculator";
import type { IgnoredParam } from "@/lib/url/ignored";
import {
  COMPARE_KEYS,
  ignoredCompareParams,
  loadCompareParams,
  MIN_COMPARED,
  resolveCompareModels,
  serializeCompare,
  type CompareState,
} from "@/lib/url/compare";
import { buildCompareTable } from "./table";
import type { CompareTable, PickerOption } from "./types";

export type ComparePageData = {
  /** The parsed state with the model list resolved (known, unique, at most four). */
  state: CompareState;
  ids: string[];
  /** null when fewer than two models are chosen (the page shows the picker and says why). */
  table: CompareTable | null;
  ignored: IgnoredParam[];
  problems: LinkProblem[];
  options: PickerOption[];
  verifiedOn: string;
  /** The canonical query of this state ("" or "?…"), from the serializer. */
  query: string;
  /**
   * "Price this in the calculator" for the table's models and workload. Written here, with the
   * calculator's serializer, so the calculator's parsers (and the money code they import) stay
   * out of the compare page's JavaScript.
   */
  calculatorLink: string;
};

/** Everything the compare page, its metadata and its share image need, from the raw search params. */
export function loadComparePage(searchParams: SearchParams): ComparePageData {
  const catalog = loadCatalog();
  const today = getToday();
  const knownIds = new Set(catalog.map((e) => e.id));
  const parsed = loadCompareParams(searchParams);
  const { ids, problems } = resolveCompareModels(parsed.models, knownIds);
  const state: CompareState = { ...parsed, models: ids };
  const entries = ids.map((id) => findEntry(id)).filter((e): e is CatalogEntry => e !== undefined);
  const table =
    entries.length >= MIN_COMPARED
      ? buildCompareTable(entries, {
          today,
          knownIds,
          workload: { inputPerDay: state.inputPerDay, outputPerDay: state.outputPerDay, daysPerMonth: DAYS_PER_MONTH },
          tier: state.tier,
        })
      : null;
  return {
    state,
    ids,
    table,
    ignored: ignoredCompareParams(searchParams),
    problems: [...linkProblems(searchParams, COMPARE_KEYS), ...problems],
    options: catalog.map((e) => ({
      id: e.id,
      label: e.kind === "snapshot" ? `${e.id} (dated snapshot)` : `${e.id} (${e.displayName})`,
      family: e.family,
      status: effectiveStatus(e.lifecycle, today),
    })),
    verifiedOn: latestVerifiedOn(catalog),
    query: serializeCompare(state),
    calculatorLink: priceInCalculatorHref(ids, { inputTokensPerDay: state.inputPerDay, outputTokensPerDay: state.outputPerDay }, state.tier),
  };
}
