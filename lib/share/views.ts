import "server-only";
/**
 * Per view: from raw search params to the share text (title, description), the share-image
 * card and the canonical query. Used by the pages' generateMetadata and by /api/og, so the
 * preview and the page always agree. Add a view here to give it a share image.
 */
import type { SearchParams } from "nuqs/server";
import { loadCatalog } from "@/lib/catalog/load";
import { filterAndGroup, toCatalogRow } from "@/lib/catalog/rows";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { loadComparePage } from "@/lib/compare/page-data";
import { catalogVisibleRows } from "@/lib/export/catalog";
import { formatDate } from "@/lib/format";
import { wizardCandidates } from "@/lib/recommend/candidates";
import { allowedTargets, planMigration, toMigrationModel } from "@/lib/recommend/migration";
import { recommend } from "@/lib/recommend/rank";
import { loadMigrateParams, migrateWorkload, sanitizeMigrateState, serializeMigrate } from "@/lib/url/migrate";
import { loadWizardParams, resolveStep, sanitizeWizardState, serializeWizard, toWizardAnswers } from "@/lib/url/wizard";
import { loadCatalogParams, sanitizeCatalogState, serializeCatalog } from "@/lib/url/catalog";
import type { ShareCard } from "./card";
import { catalogShareCard, catalogShareText } from "./catalog-share";
import { compareShareCard, compareShareText } from "./compare-share";
import { migrateShareCard, migrateShareText } from "./migrate-share";
import { wizardShareCard, wizardShareText } from "./wizard-share";
import type { ShareView } from "./metadata";

export type ViewShare = { title: string; description: string; query: string; card: ShareCard };

export function catalogShare(searchParams: SearchParams): ViewShare {
  const catalog = loadCatalog();
  const today = getToday();
  const ids = new Set(catalog.map((e) => e.id));
  const families = new Set(catalog.map((e) => e.family));
  const rows = catalog.map((e) => toCatalogRow(e, today, ids));
  const state = sanitizeCatalogState(loadCatalogParams(searchParams), { ids, families });
  const groups = filterAndGroup(rows, state);
  const total = rows.filter((r) => r.kind !== "snapshot").length;
  const visible = catalogVisibleRows(groups, state.sort, state.expanded);
  return {
    ...catalogShareText(state, groups.length, total),
    query: serializeCatalog(state),
    card: catalogShareCard(state, visible, groups.length, total, latestVerifiedOn(catalog)),
  };
}

export function compareShare(searchParams: SearchParams): ViewShare {
  const data = loadComparePage(searchParams);
  return {
    ...compareShareText(data.table, data.state),
    query: data.query,
    card: compareShareCard(data.table, data.state, data.verifiedOn),
  };
}

export function wizardShare(searchParams: SearchParams): ViewShare {
  const catalog = loadCatalog();
  const today = getToday();
  const state = sanitizeWizardState(loadWizardParams(searchParams));
  const { step } = resolveStep(state);
  const answers = toWizardAnswers(state);
  const rec = step === "result" && answers ? recommend(answers, wizardCandidates(catalog), today) : null;
  return {
    ...wizardShareText(step, answers, rec),
    query: serializeWizard(state),
    card: wizardShareCard(step, answers, rec, latestVerifiedOn(catalog)),
  };
}

export function migrateShare(searchParams: SearchParams): ViewShare {
  const catalog = loadCatalog();
  const today = getToday();
  const models = catalog.map(toMigrationModel);
  const byId = new Map(models.map((m) => [m.id, m]));
  const ids = new Set(byId.keys());
  const state = sanitizeMigrateState(loadMigrateParams(searchParams), { ids, targetsOf: (from) => allowedTargets(byId.get(from), ids) });
  const workload = migrateWorkload(state);
  const plan = state.from ? planMigration(state.from, state.to, byId, workload, today) : null;
  return {
    ...migrateShareText(plan),
    query: serializeMigrate(state),
    card: migrateShareCard(plan, workload, latestVerifiedOn(catalog)),
  };
}

/** Views whose share image is not specific yet: their name and what they do. */
const GENERIC: Record<Exclude<ShareView, "catalog" | "compare" | "wizard" | "migrate">, { title: string; description: string }> = {
  calculator: { title: "Monthly cost calculator", description: "Price a workload on every OpenAI small model, exactly." },
  charts: { title: "Charts", description: "Price, context, benchmarks and speed of OpenAI small models, plotted." },
};

function genericShare(view: keyof typeof GENERIC): ViewShare {
  const g = GENERIC[view];
  const verifiedOn = latestVerifiedOn(loadCatalog());
  return {
    ...g,
    query: "",
    card: { eyebrow: g.title, title: g.title, subtitle: g.description, footer: `Data verified on ${formatDate(verifiedOn)}` },
  };
}

export const SHARE_VIEWS: Record<ShareView, (searchParams: SearchParams) => ViewShare> = {
  catalog: catalogShare,
  compare: compareShare,
  calculator: () => genericShare("calculator"),
  charts: () => genericShare("charts"),
  wizard: wizardShare,
  migrate: migrateShare,
};

export function isShareView(v: unknown): v is ShareView {
  return typeof v === "string" && Object.hasOwn(SHARE_VIEWS, v);
}
