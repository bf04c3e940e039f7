/**
 * The migration planner's URL contract: `from` (the model in use; model pages and the wizard
 * link here as /migrate?from=<id>), `to` (the replacement to compare; default: the recommended
 * one), the workload in tokens per day, and `ft` (the user uses fine-tuning, so a replacement
 * must offer it). Unreadable values parse to null → default + notice.
 */
import { createSerializer, type inferParserType, type SearchParams } from "nuqs/server";

import { ARTICLE_INPUT_TOKENS_PER_DAY, ARTICLE_OUTPUT_TOKENS_PER_DAY, DAYS_PER_MONTH } from "@/lib/cost/article-workload";
import type { Workload } from "@/lib/cost/types";
import type { Needs } from "@/lib/migrate/capabilities";

import { findIgnoredParams } from "./ignored";
import type { LinkContract } from "./page";
import { parseAsModelId, parseAsStrictBoolean, parseAsWholeNumber } from "./parsers";
import { createRenamingLoader, keysOfLink, linkKeys } from "./renamed-keys";

/** 10 billion tokens a day: far beyond any small-model workload, still exact in the cost model. */
export const MAX_TOKENS_PER_DAY = 10_000_000_000;
/** Ten times the largest context window in the catalog. */
export const MAX_TOKENS_PER_REQUEST = 10_000_000;
/** The source article's workload (the planner prices a month of it). */
const MIGRATE_DEFAULTS = {
  inPerDay: ARTICLE_INPUT_TOKENS_PER_DAY,
  outPerDay: ARTICLE_OUTPUT_TOKENS_PER_DAY,
  reasoningPerDay: 0,
} as const;

const parseAsTokensPerDay = parseAsWholeNumber(0, MAX_TOKENS_PER_DAY);
/** Typical input tokens per request: optional; it decides long-context surcharges and fit. */
const parseAsPerRequest = parseAsWholeNumber(1, MAX_TOKENS_PER_REQUEST);

export const migrateParsers = {
  from: parseAsModelId,
  to: parseAsModelId,
  inPerDay: parseAsTokensPerDay.withDefault(MIGRATE_DEFAULTS.inPerDay),
  outPerDay: parseAsTokensPerDay.withDefault(MIGRATE_DEFAULTS.outPerDay),
  reasoningPerDay: parseAsTokensPerDay.withDefault(MIGRATE_DEFAULTS.reasoningPerDay),
  perRequest: parseAsPerRequest,
  fineTuning: parseAsStrictBoolean.withDefault(false),
};

export const migrateUrlKeys = {
  from: "from",
  to: "to",
  inPerDay: "in",
  outPerDay: "out",
  reasoningPerDay: "rsn",
  /** Tokens per request. Was `req`, which is requests per day in the calculator. */
  perRequest: "tpr",
  fineTuning: "ft",
} as const;

/** Keys renamed since links were first shared, by their old names: still read, never written. */
export const migrateOldKeys = { perRequest: "req" } as const;
/** Every key a planner link may carry (repeats of any of them are noticed). */
const MIGRATE_LINK_KEYS = linkKeys(migrateUrlKeys, migrateOldKeys);

export const serializeMigrate = createSerializer(migrateParsers, { urlKeys: migrateUrlKeys });
export type MigrateState = inferParserType<typeof migrateParsers>;

/** The link's state, renamed keys read under their old names too. */
export const loadMigrateParams = createRenamingLoader(migrateParsers, migrateUrlKeys, migrateOldKeys);

type MigrateKnown = { ids: ReadonlySet<string>; targetsOf: (from: string) => ReadonlySet<string> };

/** `from` must be a catalog ID; `to` a catalog ID or one of from's named replacements. */
export function ignoredMigrateParams(searchParams: SearchParams, known: MigrateKnown) {
  const state = loadMigrateParams(searchParams);
  const fromOk = state.from !== null && known.ids.has(state.from);
  return findIgnoredParams(searchParams, migrateParsers, keysOfLink(migrateUrlKeys, migrateOldKeys, searchParams), {
    from: (v) => typeof v === "string" && known.ids.has(v),
    to: (v) => typeof v === "string" && (fromOk ? known.targetsOf(state.from!).has(v) : known.ids.has(v)),
  });
}

/** Drops IDs the catalog does not know (noticed by the page), so the view never uses them. */
export function sanitizeMigrateState(state: MigrateState, known: MigrateKnown): MigrateState {
  const from = state.from !== null && known.ids.has(state.from) ? state.from : null;
  const to = state.to !== null && (from ? known.targetsOf(from).has(state.to) : known.ids.has(state.to)) ? state.to : null;
  return { ...state, from, to };
}

/** How the page loader reads a planner link (lib/url/migrate-page.ts). */
export const migrateLink: LinkContract<MigrateState, MigrateKnown> = {
  keys: MIGRATE_LINK_KEYS,
  load: loadMigrateParams,
  sanitize: sanitizeMigrateState,
  ignored: ignoredMigrateParams,
  serialize: serializeMigrate,
};

export function migrateWorkload(state: MigrateState): Workload {
  return {
    inputTokensPerDay: state.inPerDay,
    outputTokensPerDay: state.outPerDay,
    reasoningTokensPerDay: state.reasoningPerDay,
    cachedPercent: 0,
    daysPerMonth: DAYS_PER_MONTH,
    inputTokensPerRequest: state.perRequest,
  };
}

/** What the replacement must offer beyond the old model's own figures (lib/migrate/capabilities.ts). */
export function migrateNeeds(state: MigrateState): Needs {
  return { fineTuning: state.fineTuning };
}

export const MIGRATE_PATH = "/migrate";

/** The canonical link to a plan (defaults left out), for "Copy link". */
export function migratePlanHref(state: Partial<MigrateState>): string {
  return serializeMigrate(MIGRATE_PATH, state);
}

export const MIGRATE_CALENDAR_PATH = "/migrate/calendar";

/**
 * "Add the shutdown date to my calendar": the plan's own query on the calendar route
 * (app/migrate/calendar/route.ts), so the event names the plan's pick and links back to it.
 */
export function migrateCalendarHref(state: Partial<MigrateState>): string {
  return serializeMigrate(MIGRATE_CALENDAR_PATH, state);
}

/** Every other view's link into the planner: /migrate?from=<id>[&in=…&out=…]. */
export function migrateHref(from: string, workload?: { inputTokensPerDay: number; outputTokensPerDay: number }): string {
  if (!workload) return migratePlanHref({ from });
  return migratePlanHref({
    from,
    inPerDay: Math.min(workload.inputTokensPerDay, MAX_TOKENS_PER_DAY),
    outPerDay: Math.min(workload.outputTokensPerDay, MAX_TOKENS_PER_DAY),
  });
}
