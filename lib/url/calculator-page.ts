import "server-only";
/**
 * The calculator page from its link: the sanitised state, the link report, and the priced
 * models the island computes its rows from. Called once per request (see lib/url/page.ts).
 */
import type { SearchParams } from "nuqs/server";
import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { toCalculatorModels, type CalculatorModel } from "@/lib/cost/calculator-models";
import {
  calculatorUrlKeys,
  ignoredCalculatorParams,
  loadCalculatorParams,
  sanitizeCalculatorState,
  serializeCalculator,
  type CalculatorState,
} from "./calculator";
import { linkReport, type ViewPage } from "./page";

export type CalculatorPage = ViewPage<CalculatorState> & { models: CalculatorModel[] };

export function loadCalculatorPage(searchParams: SearchParams): CalculatorPage {
  const catalog = loadCatalog();
  const models = toCalculatorModels(catalog, getToday());
  const known = { ids: new Set(models.map((m) => m.id)) };
  const state = sanitizeCalculatorState(loadCalculatorParams(searchParams), known);
  return {
    state,
    ...linkReport(searchParams, Object.values(calculatorUrlKeys), ignoredCalculatorParams(searchParams, known)),
    query: serializeCalculator(state),
    verifiedOn: latestVerifiedOn(catalog),
    models,
  };
}
