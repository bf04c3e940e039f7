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

import { calculatorLink, type CalculatorState } from "./calculator";
import { readLink, type ViewPage } from "./page";

export type CalculatorPage = ViewPage<CalculatorState> & { models: CalculatorModel[] };

export function loadCalculatorPage(searchParams: SearchParams): CalculatorPage {
  const catalog = loadCatalog();
  const models = toCalculatorModels(catalog, getToday());
  return {
    ...readLink(searchParams, calculatorLink, { ids: new Set(models.map((m) => m.id)) }),
    verifiedOn: latestVerifiedOn(catalog),
    models,
  };
}
