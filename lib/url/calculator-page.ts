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

import { asOfDay } from "./as-of";
import { calculatorLink, type CalculatorState } from "./calculator";
import { readLink, type ViewPage } from "./page";

export type CalculatorPage = ViewPage<CalculatorState> & {
  /** Priced on `day`, each with its standing that day. */
  models: CalculatorModel[];
  today: string;
  /** The day priced: the link's "as of" day, or today. */
  day: string;
};

export function loadCalculatorPage(searchParams: SearchParams): CalculatorPage {
  const today = getToday();
  const catalog = loadCatalog(today);
  const link = readLink(searchParams, calculatorLink, { ids: new Set(catalog.map((e) => e.id)), today });
  const day = asOfDay(link.state.on, today);
  return {
    ...link,
    verifiedOn: latestVerifiedOn(catalog),
    models: toCalculatorModels(loadCatalog(day), day),
    today,
    day,
  };
}
