import "server-only";

/**
 * Per view: from its page data (lib/url/<view>-page.ts) to the share text (title,
 * description), the share-image card and the canonical query. The pages' generateMetadata
 * take the page data they already loaded for the request; /api/og loads it from the image's
 * query. So the preview and the page always agree. Add a view here to give it a share image.
 */
import type { SearchParams } from "nuqs/server";

import { findEntry, loadCatalog } from "@/lib/catalog/load";
import { filterAndGroup } from "@/lib/catalog/rows";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { buildBenchmarkChart, DEFAULT_BENCHMARK, resolveBenchmark, type BenchmarkChart } from "@/lib/charts/benchmarks";
import { formatScore, pointLabel } from "@/lib/charts/labels";
import { visibleModels as visibleChartModels } from "@/lib/charts/selection";
import { headlineFor } from "@/lib/cost/calculator-headline";
import { calculatorRows, visibleModels } from "@/lib/cost/calculator-rows";
import { TIER_LABEL } from "@/lib/cost/price";
import { toWorkload } from "@/lib/cost/workload";
import { catalogVisibleRows } from "@/lib/export/catalog";
import { formatDate } from "@/lib/format";
import { planMigration } from "@/lib/migrate/plan";
import { recommend } from "@/lib/recommend/rank";
import { inputsFromState } from "@/lib/url/calculator";
import { loadCalculatorPage, type CalculatorPage } from "@/lib/url/calculator-page";
import { loadCatalogPage, type CatalogPage } from "@/lib/url/catalog-page";
import { loadChartsPage, type ChartsPage } from "@/lib/url/charts-page";
import { loadComparePage, type ComparePage } from "@/lib/url/compare-page";
import { migrateNeeds, migrateWorkload } from "@/lib/url/migrate";
import { loadMigratePage, type MigratePage } from "@/lib/url/migrate-page";
import { resolveStep, toWizardAnswers } from "@/lib/url/wizard";
import { loadWizardPage, type WizardPage } from "@/lib/url/wizard-page";

import { calculatorShareCard, calculatorShareText } from "./calculator-share";
import { MAX_BARS, type ShareCard } from "./card";
import { catalogShareCard, catalogShareText } from "./catalog-share";
import { compareShareCard, compareShareText } from "./compare-share";
import type { ShareView } from "./metadata";
import { migrateShareCard, migrateShareText } from "./migrate-share";
import { modelShareCard, modelShareQuery, UNKNOWN_MODEL_CARD } from "./model-share";
import { wizardShareCard, wizardShareText } from "./wizard-share";

type ViewShare = { title: string; description: string; query: string; card: ShareCard };

export function catalogShare({ state, rows, query, verifiedOn, answer }: CatalogPage): ViewShare {
  const groups = filterAndGroup(rows, state);
  const total = rows.filter((r) => r.kind !== "snapshot").length;
  const visible = catalogVisibleRows(groups, state.sort, state.expanded, state.flat);
  return {
    ...catalogShareText(state, groups.length, total, answer),
    query,
    card: catalogShareCard(state, visible, groups.length, total, verifiedOn, answer),
  };
}

/**
 * A view priced as of a day other than today (calculator, compare: `on`) says so in its title,
 * description and card, so a preview of an old price is never read as today's.
 */
export function asOfShare(share: ViewShare, on: string | null): ViewShare {
  if (!on) return share;
  const phrase = `prices as of ${formatDate(on)}`;
  return {
    ...share,
    title: `${share.title} (${phrase})`,
    description: `${share.description} Prices as of ${formatDate(on)}.`,
    card: { ...share.card, subtitle: share.card.subtitle ? `${share.card.subtitle} · ${phrase}` : phrase },
  };
}

export function compareShare({ state, table, query, verifiedOn }: ComparePage): ViewShare {
  const share = { ...compareShareText(table, state), query, card: compareShareCard(table, state, verifiedOn) };
  return asOfShare(share, state.on);
}

export function wizardShare({ state, candidates, today, query, verifiedOn }: WizardPage): ViewShare {
  const { step } = resolveStep(state);
  const answers = toWizardAnswers(state);
  const rec = step === "result" && answers ? recommend(answers, candidates, today) : null;
  return {
    ...wizardShareText(step, answers, rec),
    query,
    card: wizardShareCard(step, answers, rec, verifiedOn),
  };
}

export function migrateShare({ state, models, today, query, verifiedOn }: MigratePage): ViewShare {
  const byId = new Map(models.map((m) => [m.id, m]));
  const workload = migrateWorkload(state);
  const plan = state.from ? planMigration(state.from, state.to, byId, workload, today, migrateNeeds(state)) : null;
  return {
    ...migrateShareText(plan),
    query,
    card: migrateShareCard(plan, workload, verifiedOn),
  };
}

/** Same rows as the calculator island computes (components/calculator/calculator.tsx). */
export function calculatorShare({ state, models, query, verifiedOn }: CalculatorPage): ViewShare {
  const inputs = inputsFromState(state);
  const workload = toWorkload(inputs);
  const { visible } = visibleModels(models, {
    includeRetired: state.retired,
    includeSnapshots: state.snapshots,
    focus: state.models,
  });
  const rows = calculatorRows(visible, workload, {
    tier: state.tier,
    budget: state.budget,
    requestsPerDay: inputs.mode === "request" ? inputs.requestsPerDay : null,
    sort: state.sort,
  });
  const headline = headlineFor(rows, models, workload, state.tier);
  const share = {
    ...calculatorShareText(workload, state.tier, headline),
    query,
    card: calculatorShareCard(workload, state.tier, rows, headline, verifiedOn),
  };
  return asOfShare(share, state.on);
}

/** The charts' share: which benchmark and which tier's prices the link shows. */
export function chartsShare({ state, models, benchmarks, query, verifiedOn }: ChartsPage): ViewShare {
  const name = (slug: string) => benchmarks.find((b) => b.slug === slug)?.name ?? slug;
  const title = `Charts: ${name(state.bench)} scores, ${TIER_LABEL[state.tier]} prices`;
  const shown = visibleChartModels(models, { models: state.models, includeRetired: state.retired });
  const bench = resolveBenchmark(benchmarks, state.bench, DEFAULT_BENCHMARK);
  const chart = bench ? buildBenchmarkChart(shown, bench) : null;
  const description = `OpenAI small models plotted: ${name(state.bench)} scores, ${TIER_LABEL[state.tier]}-tier prices, context windows, and ${name(state.qbench)} against price${state.models.length ? ` for ${state.models.join(", ")}` : ""}.`;
  return {
    title,
    description,
    query,
    card: {
      eyebrow: "Charts",
      title,
      ...(chart?.bars.length ? { bars: benchmarkBars(chart) } : { subtitle: description }),
      footer: `Data verified on ${formatDate(verifiedOn)} · prices in USD per 1M tokens`,
    },
  };
}

/**
 * The benchmark chart's top bars for the share image: each model's best published score, models
 * that stay callable first (the top bar is read as the winner), a retiring one labelled so.
 */
function benchmarkBars(chart: BenchmarkChart): NonNullable<ShareCard["bars"]> {
  // A bar exists only with at least one score; the better of self-reported and independent.
  const top = chart.bars.slice(0, MAX_BARS).flatMap((b) => {
    const score = [b.self, b.indep].filter((x) => x !== null).sort((x, y) => y.value - x.value)[0];
    return score ? [{ label: pointLabel(b), value: score.value, display: formatScore(score.value, score.unit) }] : [];
  });
  const unit = chart.bars[0]?.self?.unit ?? chart.bars[0]?.indep?.unit;
  const more = chart.bars.length - top.length;
  return {
    caption: `${chart.benchmark.name}, best published score${unit === "%" ? " (%)" : ""}${more > 0 ? ` · top ${top.length} of ${chart.bars.length}` : ""}`,
    max: unit === "%" ? 100 : Math.max(...top.map((t) => t.value)),
    items: top,
  };
}

/** A model page's share image (`?id=<model ID>`); the page's own metadata is in app/day/[day]/models/[id]. */
export function modelShare(sp: SearchParams): ViewShare {
  const id = typeof sp.id === "string" ? sp.id : "";
  const entry = id ? findEntry(id) : undefined;
  if (!entry)
    return {
      title: UNKNOWN_MODEL_CARD.title,
      description: UNKNOWN_MODEL_CARD.subtitle ?? "",
      query: "",
      card: UNKNOWN_MODEL_CARD,
    };
  const card = modelShareCard(entry, getToday(), latestVerifiedOn(loadCatalog()));
  return { title: card.title, description: entry.summary, query: modelShareQuery(entry.id), card };
}

/** A view's share from raw search params (the share image's route has no page to ask). */
export const SHARE_VIEWS: Record<ShareView, (searchParams: SearchParams) => ViewShare> = {
  catalog: (sp) => catalogShare(loadCatalogPage(sp)),
  compare: (sp) => compareShare(loadComparePage(sp)),
  calculator: (sp) => calculatorShare(loadCalculatorPage(sp)),
  charts: (sp) => chartsShare(loadChartsPage(sp)),
  wizard: (sp) => wizardShare(loadWizardPage(sp)),
  migrate: (sp) => migrateShare(loadMigratePage(sp)),
  model: modelShare,
};

export function isShareView(v: unknown): v is ShareView {
  return typeof v === "string" && Object.hasOwn(SHARE_VIEWS, v);
}
