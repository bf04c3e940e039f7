import "server-only";

/**
 * The change log from its link: the filters (unknown model IDs left out and named), the link
 * report, and the events the filters select, split at today into what has happened (newest
 * first) and what is scheduled (soonest first). Called once per request (see lib/url/page.ts).
 */
import type { SearchParams } from "nuqs/server";

import { loadFiledCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { changeEvents, eventsOf, splitByDay, type ChangeEvent } from "@/lib/changes/events";

import {
  CHANGES_KEYS,
  ignoredChangesParams,
  loadChangesParams,
  resolveChangesModels,
  serializeChanges,
  type ChangesState,
} from "./changes";
import { linkReport, type ViewPage } from "./page";

export type ModelOption = { id: string; label: string };

export type ChangesPage = ViewPage<ChangesState> & {
  today: string;
  /** On or before today, newest first. */
  past: ChangeEvent[];
  /** After today, soonest first. */
  scheduled: ChangeEvent[];
  /** Every event the catalog records, before filtering. */
  total: number;
  /** The model filter's choices: aliases and model IDs (each includes its snapshots). */
  options: ModelOption[];
};

export function loadChangesPage(searchParams: SearchParams): ChangesPage {
  const catalog = loadFiledCatalog();
  const today = getToday();
  const parsed = loadChangesParams(searchParams);
  const { ids, problems } = resolveChangesModels(parsed.models, new Set(catalog.map((e) => e.id)));
  const state: ChangesState = { ...parsed, models: ids };
  const all = changeEvents(catalog);
  const ofModels = ids.length ? eventsOf(all, ids) : all;
  const selected = state.kinds.length ? ofModels.filter((e) => state.kinds.includes(e.kind)) : ofModels;
  const { past, scheduled } = splitByDay(selected, today);
  return {
    state,
    ...linkReport(searchParams, CHANGES_KEYS, ignoredChangesParams(searchParams), problems),
    query: serializeChanges(state),
    verifiedOn: latestVerifiedOn(catalog),
    today,
    past,
    scheduled,
    total: all.length,
    options: catalog.filter((e) => e.kind !== "snapshot").map((e) => ({ id: e.id, label: `${e.id} (${e.displayName})` })),
  };
}
