/**
 * Every link the app writes into a view, fed back into that view's page loader: nothing may be
 * ignored or adjusted, and the view must open in the state the link meant. The inputs are the
 * app's own flows (the wizard's shortlist, a migration plan, the compare table), so a change to
 * one view's URL contract that breaks another view's links fails here.
 */
import type { SearchParams } from "nuqs/server";
import { describe, expect, it } from "vitest";

import { loadCatalog } from "@/lib/catalog/load";
import { todaysAnswer } from "@/lib/catalog/todays-answer";
import { benchmarkSlug } from "@/lib/charts/slug";
import { findPreset } from "@/lib/cost/presets";
import { planMigration } from "@/lib/migrate/plan";
import { recommend } from "@/lib/recommend/rank";

import { CALCULATOR_PATH, calculatorHref, matchesPreset, presetHref, priceInCalculatorHref } from "./calculator";
import { loadCalculatorPage } from "./calculator-page";
import { CATALOG_PATH, catalogHref } from "./catalog";
import { loadCatalogPage } from "./catalog-page";
import { CHANGES_PATH, changesHref, toggleKindHref } from "./changes";
import { loadChangesPage } from "./changes-page";
import { CHARTS_PATH, chartsHref } from "./charts";
import { loadChartsPage } from "./charts-page";
import { COMPARE_PATH, compareHref } from "./compare";
import { loadComparePage } from "./compare-page";
import { MIGRATE_PATH, migrateHref, migratePlanHref, migrateWorkload } from "./migrate";
import { loadMigratePage } from "./migrate-page";
import { modelHref, MODELS_PATH } from "./model";
import type { ViewPage } from "./page";
import { toSearchParams } from "./renamed-keys";
import { toWizardAnswers, WIZARD_PATH, wizardHref } from "./wizard";
import { loadWizardPage } from "./wizard-page";

/** Opens a link in the view it names, and checks the view took all of it. */
function follow<P extends ViewPage<unknown>>(href: string, path: string, load: (sp: SearchParams) => P): P {
  const url = new URL(href, "https://navigator.test");
  expect(url.pathname, href).toBe(path);
  const page = load(toSearchParams(url.search));
  expect(page.ignored, href).toEqual([]);
  expect(page.problems, href).toEqual([]);
  // The view's own canonical link for what it opened is the link itself.
  expect(`${path}${page.query}`, href).toBe(href);
  return page;
}

const catalogIds = new Set(loadCatalog().map((e) => e.id));

/** The wizard's result for the article's answers: cost first, 300K-token inputs with images, its workload. */
function wizardResult() {
  const page = loadWizardPage({ s: "result", p: "cost", ti: "10000", tl: "300000", img: "yes", in: "2000000", out: "500000" });
  const answers = toWizardAnswers(page.state)!;
  const rec = recommend(answers, page.candidates, page.today);
  return { answers, rec, ids: rec.shortlist.map((p) => p.candidate.id) };
}

/** The planner's plan for gpt-4o-mini (retiring) with a workload of its own. */
function migrationPlan() {
  const page = loadMigratePage({ from: "gpt-4o-mini", in: "3000000", out: "200000" });
  const byId = new Map(page.models.map((m) => [m.id, m]));
  const workload = migrateWorkload(page.state);
  const plan = planMigration(page.state.from!, page.state.to, byId, workload, page.today)!;
  const pairIds = plan.target?.model ? [plan.from.id, plan.target.model.id] : [];
  return { page, plan, workload, pairIds };
}

describe("links between views", () => {
  it("wizard result → calculator, compare and the planner", () => {
    const { answers, rec, ids } = wizardResult();
    expect(ids.length).toBeGreaterThan(1);
    const w = answers.workload;

    const calc = follow(priceInCalculatorHref(ids, w), CALCULATOR_PATH, loadCalculatorPage);
    expect(calc.state).toMatchObject({ models: ids, inputPerDay: 2_000_000, outputPerDay: 500_000, tier: "standard" });

    const compare = follow(compareHref({ models: ids }), COMPARE_PATH, loadComparePage);
    expect(compare.state.models).toEqual(ids);

    // Each pick's and each ruled-out model's "Plan the migration" link.
    const retiring = [
      ...rec.shortlist.map((p) => p.candidate.id),
      ...rec.ruledOut.filter((r) => r.status !== "active").map((r) => r.id),
    ];
    for (const id of retiring) {
      const plan = follow(migrateHref(id, w), MIGRATE_PATH, loadMigratePage);
      expect(plan.state).toMatchObject({ from: id, inPerDay: 2_000_000, outPerDay: 500_000 });
    }
  });

  it("migration plan → compare, calculator and wizard", () => {
    const { page, plan, workload, pairIds } = migrationPlan();
    expect(pairIds).toHaveLength(2);

    expect(follow(compareHref({ models: pairIds }), COMPARE_PATH, loadComparePage).state.models).toEqual(pairIds);
    const calc = follow(priceInCalculatorHref(pairIds, workload), CALCULATOR_PATH, loadCalculatorPage);
    expect(calc.state).toMatchObject({ models: pairIds, inputPerDay: 3_000_000, outputPerDay: 200_000 });
    const wizard = follow(
      wizardHref({ inPerDay: page.state.inPerDay, outPerDay: page.state.outPerDay }),
      WIZARD_PATH,
      loadWizardPage,
    );
    expect(wizard.state).toMatchObject({ step: 1, inPerDay: 3_000_000, outPerDay: 200_000 });
    expect(plan.from.id).toBe("gpt-4o-mini");
  });

  it("compare → calculator, with the table's models, workload and tier", () => {
    const compare = follow("/compare?m=gpt-5.4-mini,gpt-5.4-nano&in=2000000&tier=batch", COMPARE_PATH, loadComparePage);
    const calc = follow(compare.calculatorLink, CALCULATOR_PATH, loadCalculatorPage);
    expect(calc.state).toMatchObject({
      models: ["gpt-5.4-mini", "gpt-5.4-nano"],
      inputPerDay: 2_000_000,
      outputPerDay: 500_000,
      tier: "batch",
    });
  });

  it("as of a day: compare → calculator and the calculator's focus → compare keep the day", () => {
    const compare = follow("/compare?m=gpt-4.1-nano,gpt-4o-mini&on=2025-04-15", COMPARE_PATH, loadComparePage);
    expect(compare.day).toBe("2025-04-15");
    const calc = follow(compare.calculatorLink, CALCULATOR_PATH, loadCalculatorPage);
    expect([calc.state.on, calc.day, calc.state.models]).toEqual(["2025-04-15", "2025-04-15", ["gpt-4.1-nano", "gpt-4o-mini"]]);
    // The calculator's "Compare the focused models" writes the same link back.
    expect(follow(compareHref({ models: calc.state.models, on: calc.state.on }), COMPARE_PATH, loadComparePage).day).toBe(
      "2025-04-15",
    );
  });

  it("catalog selection and the calculator's focus → compare", () => {
    const selected = ["gpt-6-luna", "gpt-5.4-nano", "gpt-4o-mini"];
    expect(follow(compareHref({ models: selected }), COMPARE_PATH, loadComparePage).state.models).toEqual(selected);
  });

  it("a model's lifecycle section and the catalog's status cell → the planner", () => {
    for (const id of ["gpt-4.1-nano", "gpt-4o-mini", "gpt-4o-2024-05-13"]) {
      expect(follow(migrateHref(id), MIGRATE_PATH, loadMigratePage).state.from).toBe(id);
    }
  });

  it("Today's answer → the calculator (every model; the article's preset), the charts and the planner", () => {
    // The e2e pin: shutdowns ahead of it exist in data/ (Dec 11, 2026 and Jan 14, 2027).
    const answer = todaysAnswer(loadCatalog(), "2026-11-25");
    expect(answer.shutdowns.length).toBeGreaterThan(0);
    expect(follow(calculatorHref({}), CALCULATOR_PATH, loadCalculatorPage).query).toBe("");
    const article = findPreset("article")!;
    const preset = follow(presetHref(article), CALCULATOR_PATH, loadCalculatorPage);
    expect(matchesPreset(preset.state, article)).toBe(true);
    const bench = benchmarkSlug(answer.benchmark!.name);
    expect(follow(chartsHref({ bench, qbench: bench }), CHARTS_PATH, loadChartsPage).state).toMatchObject({
      bench,
      qbench: bench,
    });
    for (const id of answer.shutdowns.flatMap((d) => d.ids)) {
      expect(follow(migrateHref(id), MIGRATE_PATH, loadMigratePage).state.from).toBe(id);
    }
  });

  it("model links name a model page that exists", () => {
    for (const id of catalogIds) {
      const href = modelHref(id);
      expect(href.startsWith(`${MODELS_PATH}/`)).toBe(true);
      expect(catalogIds.has(decodeURIComponent(href.slice(MODELS_PATH.length + 1)))).toBe(true);
    }
  });

  it("each view's own Copy link reopens the same state", () => {
    const catalog = follow("/?q=nano&sort=-input&live=true&sel=gpt-5.4-nano", CATALOG_PATH, loadCatalogPage);
    expect(follow(catalogHref(catalog.state), CATALOG_PATH, loadCatalogPage).state).toEqual(catalog.state);

    const calc = follow(
      "/calculator?mode=request&req=5000&inr=2000&tier=flex&m=gpt-5.4-nano&on=2026-08-01",
      CALCULATOR_PATH,
      loadCalculatorPage,
    );
    expect(follow(calculatorHref(calc.state), CALCULATOR_PATH, loadCalculatorPage).state).toEqual(calc.state);

    const charts = follow("/charts?b=gpqa-diamond&tier=batch&m=gpt-5.4-mini,gpt-5.4-nano", CHARTS_PATH, loadChartsPage);
    expect(follow(chartsHref(charts.state), CHARTS_PATH, loadChartsPage).state).toEqual(charts.state);

    const { page } = migrationPlan();
    expect(follow(migratePlanHref({ ...page.state, perRequest: 300_000 }), MIGRATE_PATH, loadMigratePage).state.perRequest).toBe(
      300_000,
    );

    const wizard = loadWizardPage({ s: "result", p: "cost", tl: "8000", img: "no", in: "1000000", out: "500000" });
    expect(follow(wizardHref(wizard.state), WIZARD_PATH, loadWizardPage).state).toEqual(wizard.state);

    const changes = follow("/changes?m=gpt-5.6-luna,o1-mini&k=price", CHANGES_PATH, loadChangesPage);
    expect(follow(changesHref(changes.state), CHANGES_PATH, loadChangesPage).state).toEqual(changes.state);
  });

  it("the change log's kind chips and the footer → the change log", () => {
    expect(follow(changesHref(), CHANGES_PATH, loadChangesPage).state).toEqual({ models: [], kinds: [] });
    const luna = { models: ["gpt-5.6-luna"], kinds: [] };
    for (const kind of ["price", "release", "shutdown"] as const) {
      expect(follow(toggleKindHref(luna, kind), CHANGES_PATH, loadChangesPage).state.kinds).toEqual([kind]);
    }
  });
});
