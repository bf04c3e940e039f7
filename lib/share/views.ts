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
import { toChartModels } from "@/lib/charts/models";
import { buildBenchmarkChart, DEFAULT_BENCHMARK, listBenchmarks, resolveBenchmark, type BenchmarkChart } from "@/lib/charts/benchmarks";
import { formatScore } from "@/lib/charts/labels";
import { visibleModels as visibleChartModels } from "@/lib/charts/selection";
import { toCalculatorModels } from "@/lib/cost/calculator-models";
import { calculatorRows, cheapestRows, visibleModels } from "@/lib/cost/calculator-rows";
import { TIER_LABEL } from "@/lib/cost/price";
import { toWorkload } from "@/lib/cost/workload";
import { wizardCandidates } from "@/lib/recommend/candidates";
import { toMigrationModel } from "@/lib/migrate/model";
import { allowedTargets } from "@/lib/migrate/options";
import { planMigration } from "@/lib/migrate/plan";
import { recommend } from "@/lib/recommend/rank";
import { inputsFromState, loadCalculatorParams, sanitizeCalculatorState, serializeCalculator } from "@/lib/url/calculator";
import { loadChartsParams, sanitizeChartsState, serializeCharts } from "@/lib/url/charts";
import { loadMigrateParams, migrateWorkload, sanitizeMigrateState, serializeMigrate } from "@/lib/url/migrate";
import { loadWizardParams, resolveStep, sanitizeWizardState, serializeWizard, toWizardAnswers } from "@/lib/url/wizard";
import { loadCatalogParams, sanitizeCatalogState, serializeCatalog } from "@/lib/url/catalog";
import { MAX_BARS, type ShareCard } from "./card";
import { calculatorShareCard, calculatorShareText } from "./calculator-share";
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

/** Same rows as the calculator island computes (components/calculator/calculator.tsx). */
export function calculatorShare(searchParams: SearchParams): ViewShare {
  const catalog = loadCatalog();
  const models = toCalculatorModels(catalog, getToday());
  const state = sanitizeCalculatorState(loadCalculatorParams(searchParams), { ids: new Set(models.map((m) => m.id)) });
  const inputs = inputsFromState(state);
  const workload = toWorkload(inputs);
  const { visible } = visibleModels(models, { includeRetired: state.retired, includeSnapshots: state.snapshots, focus: state.models });
  const rows = calculatorRows(visible, workload, {
    tier: state.tier,
    budget: state.budget,
    requestsPerDay: inputs.mode === "request" ? inputs.requestsPerDay : null,
    sort: state.sort,
  });
  const cheapest = cheapestRows(rows);
  return {
    ...calculatorShareText(workload, state.tier, cheapest),
    query: serializeCalculator(state),
    card: calculatorShareCard(workload, state.tier, rows, cheapest, latestVerifiedOn(catalog)),
  };
}

/** The charts' share: which benchmark and which tier's prices the link shows. */
export function chartsShare(searchParams: SearchParams): ViewShare {
  const catalog = loadCatalog();
  const models = toChartModels(catalog, getToday());
  const benchmarks = listBenchmarks(models);
  const state = sanitizeChartsState(loadChartsParams(searchParams), {
    benchmarks: new Set(benchmarks.map((b) => b.slug)),
    models: new Set(models.filter((m) => m.kind !== "snapshot").map((m) => m.id)),
  });
  const name = (slug: string) => benchmarks.find((b) => b.slug === slug)?.name ?? slug;
  const title = `Charts: ${name(state.bench)} scores, ${TIER_LABEL[state.tier]} prices`;
  const shown = visibleChartModels(models, { models: state.models, includeRetired: state.retired });
  const bench = resolveBenchmark(benchmarks, state.bench, DEFAULT_BENCHMARK);
  const chart = bench ? buildBenchmarkChart(shown, bench) : null;
  const description = `OpenAI small models plotted: ${name(state.bench)} scores, ${TIER_LABEL[state.tier]}-tier prices, context windows, and ${name(state.qbench)} against price${state.models.length ? ` for ${state.models.join(", ")}` : ""}.`;
  return {
    title,
    description,
    query: serializeCharts(state),
    card: {
      eyebrow: "Charts",
      title,
      ...(chart?.bars.length ? { bars: benchmarkBars(chart) } : { subtitle: description }),
      footer: `Data verified on ${formatDate(latestVerifiedOn(catalog))} · prices in USD per 1M tokens`,
    },
  };
}

/** The benchmark chart's top bars for the share image: each model's best published score. */
function benchmarkBars(chart: BenchmarkChart): NonNullable<ShareCard["bars"]> {
  // A bar exists only with at least one score; the better of self-reported and independent.
  const top = chart.bars.slice(0, MAX_BARS).flatMap((b) => {
    const score = [b.self, b.indep].filter((x) => x !== null).sort((x, y) => y.value - x.value)[0];
    return score ? [{ label: b.id, value: score.value, display: formatScore(score.value, score.unit) }] : [];
  });
  const unit = chart.bars[0]?.self?.unit ?? chart.bars[0]?.indep?.unit;
  const more = chart.bars.length - top.length;
  return {
    caption: `${chart.benchmark.name}, best published score${unit === "%" ? " (%)" : ""}${more > 0 ? ` · top ${top.length} of ${chart.bars.length}` : ""}`,
    max: unit === "%" ? 100 : Math.max(...top.map((t) => t.value)),
    items: top,
  };
}

export const SHARE_VIEWS: Record<ShareView, (searchParams: SearchParams) => ViewShare> = {
  catalog: catalogShare,
  compare: compareShare,
  calculator: calculatorShare,
  charts: chartsShare,
  wizard: wizardShare,
  migrate: migrateShare,
};

export function isShareView(v: unknown): v is ShareView {
  return typeof v === "string" && Object.hasOwn(SHARE_VIEWS, v);
}
