/**
 * Every link the app writes into a view, fed back into that view's page loader: nothing may be
 * ignored or adjusted, and the view must open in the state the link meant. The inputs are the
 * app's own flows (the wizard's shortlist, a migration plan, the compare table), so a change to
 * one view's URL contract that breaks another view's links fails here.
 */
import type { SearchParams } from "nuqs/server";
import { describe, expect, it, vi } from "vitest";

import { FIXTURE_TODAY, fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";
import { todaysAnswer } from "@/lib/catalog/todays-answer";
import { benchmarkSlug } from "@/lib/charts/slug";
import { planMigration } from "@/lib/migrate/plan";
import { recommend } from "@/lib/recommend/rank";
import { toUsageCatalog } from "@/lib/usage/catalog";
import { loadUsageView } from "@/lib/usage/view";

import { CALCULATOR_PATH, calculatorHref, priceInCalculatorHref } from "./calculator";
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
import { USAGE_PATH, usageHref } from "./usage";
import { loadUsagePage } from "./usage-page";
import { toWizardAnswers, WIZARD_PATH, wizardHref } from "./wizard";
import { loadWizardPage } from "./wizard-page";

// The page loaders read the catalog themselves: give them the fixture catalog (tests/fixtures/catalog/).
vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);
vi.stubEnv("NAVIGATOR_TODAY", FIXTURE_TODAY);

/**
 * Two days of a completions usage export on the fixture's models: gamma-mini's snapshot (retiring
 * on 2027-01-14, so the file gets a "Plan the migration" link) and beta-lite (lasting).
 */
const FIXTURE_USAGE_CSV = [
  "start_time,end_time,start_time_iso,end_time_iso,input_tokens,output_tokens,input_cached_tokens,num_model_requests,model,batch,service_tier",
  "1792886400,1792972800,2026-10-25T00:00:00Z,2026-10-26T00:00:00Z,3000000,200000,1000000,1500,gamma-mini-2025-04-14,false,default",
  "1792972800,1793059200,2026-10-26T00:00:00Z,2026-10-27T00:00:00Z,3000000,200000,1000000,1500,gamma-mini-2025-04-14,false,default",
  "1792886400,1792972800,2026-10-25T00:00:00Z,2026-10-26T00:00:00Z,500000,100000,0,400,beta-lite,false,default",
].join("\n");

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

const catalogIds = new Set(fixtureCatalog.map((e) => e.id));

/** The wizard's result for cost first, 300K-token inputs with images, 2M input + 500K output tokens a day. */
function wizardResult() {
  const page = loadWizardPage({ s: "result", p: "cost", ti: "10000", tl: "300000", img: "yes", in: "2000000", out: "500000" });
  const answers = toWizardAnswers(page.state)!;
  const rec = recommend(answers, page.candidates, page.today);
  return { answers, rec, ids: rec.shortlist.map((p) => p.candidate.id) };
}

/** The planner's plan for gamma-mini (retiring, replaced by beta-lite) with a workload of its own. */
function migrationPlan() {
  const page = loadMigratePage({ from: "gamma-mini", in: "3000000", out: "200000" });
  const byId = new Map(page.models.map((m) => [m.id, m]));
  const workload = migrateWorkload(page.state);
  const plan = planMigration(page.state.from!, page.state.to, byId, workload, page.today)!;
  const pairIds = plan.target?.model ? [plan.from.id, plan.target.model.id] : [];
  return { page, plan, workload, pairIds };
}

describe("links between views", () => {
  it("wizard result → calculator, compare and the planner", () => {
    const { answers, rec, ids } = wizardResult();
    // Eligible (callable, small, image input, 300K fits): beta-lite $13.50, alpha-nano $14.25,
    // gamma-mini $39.00 and alpha-mini $112.50 a month ((2 × input + 0.5 × output price) × 30);
    // gamma-mini retires within 90 days, so the lasting three lead.
    expect(ids).toEqual(["beta-lite", "alpha-nano", "alpha-mini"]);
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
    // Ruled out and not active: delta-nano (text only), gamma-nano (shut down), zeta-old (status unknown).
    expect(retiring).toEqual(["beta-lite", "alpha-nano", "alpha-mini", "delta-nano", "gamma-nano", "zeta-old"]);
    for (const id of retiring) {
      const plan = follow(migrateHref(id, w), MIGRATE_PATH, loadMigratePage);
      expect(plan.state).toMatchObject({ from: id, inPerDay: 2_000_000, outPerDay: 500_000 });
    }
  });

  it("migration plan → compare, calculator and wizard", () => {
    const { page, plan, workload, pairIds } = migrationPlan();
    expect(pairIds).toEqual(["gamma-mini", "beta-lite"]);

    expect(follow(compareHref({ models: pairIds }), COMPARE_PATH, loadComparePage).state.models).toEqual(pairIds);
    const calc = follow(priceInCalculatorHref(pairIds, workload), CALCULATOR_PATH, loadCalculatorPage);
    expect(calc.state).toMatchObject({ models: pairIds, inputPerDay: 3_000_000, outputPerDay: 200_000 });
    const wizard = follow(
      wizardHref({ inPerDay: page.state.inPerDay, outPerDay: page.state.outPerDay }),
      WIZARD_PATH,
      loadWizardPage,
    );
    expect(wizard.state).toMatchObject({ step: 1, inPerDay: 3_000_000, outPerDay: 200_000 });
    expect(plan.from.id).toBe("gamma-mini");
  });

  it("compare → calculator, with the table's models, workload and tier", () => {
    const compare = follow("/compare?m=alpha-mini,alpha-nano&in=2000000&tier=batch", COMPARE_PATH, loadComparePage);
    const calc = follow(compare.calculatorLink, CALCULATOR_PATH, loadCalculatorPage);
    expect(calc.state).toMatchObject({
      models: ["alpha-mini", "alpha-nano"],
      inputPerDay: 2_000_000,
      outputPerDay: 500_000,
      tier: "batch",
    });
  });

  it("as of a day: compare → calculator and the calculator's focus → compare keep the day", () => {
    // 2026-04-01: alpha-nano is out (2026-03-01), beta-lite not yet (2026-06-01).
    const compare = follow("/compare?m=alpha-nano,beta-lite&on=2026-04-01", COMPARE_PATH, loadComparePage);
    expect(compare.day).toBe("2026-04-01");
    const calc = follow(compare.calculatorLink, CALCULATOR_PATH, loadCalculatorPage);
    expect([calc.state.on, calc.day, calc.state.models]).toEqual(["2026-04-01", "2026-04-01", ["alpha-nano", "beta-lite"]]);
    // The calculator's "Compare the focused models" writes the same link back.
    expect(follow(compareHref({ models: calc.state.models, on: calc.state.on }), COMPARE_PATH, loadComparePage).day).toBe(
      "2026-04-01",
    );
  });

  it("your bill → the planner and the calculator, with the sample file's daily volumes", async () => {
    const loaded = await loadUsageView(
      [{ name: "usage-completions.csv", content: FIXTURE_USAGE_CSV }],
      toUsageCatalog(fixtureCatalog),
      {
        today: loadUsagePage({}).today,
      },
    );
    if (!loaded.ok) throw new Error(loaded.problems[0]!.message);
    const { onward, analysis } = loaded.view;
    const v = onward.volumes!;
    const calc = follow(onward.calculator!, CALCULATOR_PATH, loadCalculatorPage);
    expect(calc.state).toMatchObject({
      inputPerDay: v.inputPerDay,
      outputPerDay: v.outputPerDay,
      cachedPercent: v.cachedPercent,
    });
    expect(calc.state.models).toEqual(
      expect.arrayContaining(analysis.models.map((m) => (m.identity.known ? m.identity.familyId : ""))),
    );
    // One "Plan the migration" per retiring model of the file, each with that model's own volumes.
    expect(onward.migrate.map((m) => m.familyId).sort()).toEqual(analysis.banners.map((b) => b.familyId).sort());
    expect(onward.migrate.length).toBeGreaterThan(0);
    for (const m of onward.migrate) {
      const plan = follow(m.href, MIGRATE_PATH, loadMigratePage);
      expect(plan.state).toMatchObject({
        from: m.from,
        inPerDay: m.volumes.inputPerDay,
        outPerDay: m.volumes.outputPerDay,
        perRequest: m.volumes.inputPerRequest,
      });
    }
    // And the page's own link to the same usage reopens it.
    if (!loaded.view.link.ok) throw new Error(loaded.view.link.message);
    const shared = follow(usageHref({ summary: loaded.view.link.linkForm, reasoning: 25 }), USAGE_PATH, loadUsagePage);
    expect(shared.view?.analysis.totals.amount).toBe(analysis.totals.amount);
  });

  it("catalog selection and the calculator's focus → compare", () => {
    const selected = ["beta-lite", "alpha-nano", "gamma-mini"];
    expect(follow(compareHref({ models: selected }), COMPARE_PATH, loadComparePage).state.models).toEqual(selected);
  });

  it("a model's lifecycle section and the catalog's status cell → the planner", () => {
    for (const id of ["gamma-nano", "gamma-mini", "omega-2024-05-13"]) {
      expect(follow(migrateHref(id), MIGRATE_PATH, loadMigratePage).state.from).toBe(id);
    }
  });

  it("Today's answer → the calculator (every model), the charts and the planner", () => {
    const answer = todaysAnswer(fixtureCatalog, FIXTURE_TODAY);
    // The fixture's next shutdowns: gamma-mini (retiring) is among them.
    expect(answer.shutdowns.flatMap((d) => d.ids)).toContain("gamma-mini");
    expect(follow(calculatorHref({}), CALCULATOR_PATH, loadCalculatorPage).query).toBe("");
    // The article preset's link names data/'s models, not the fixture's: e2e/headline.spec.ts follows it.
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
    const catalog = follow("/?q=nano&sort=-input&live=true&sel=alpha-nano", CATALOG_PATH, loadCatalogPage);
    expect(follow(catalogHref(catalog.state), CATALOG_PATH, loadCatalogPage).state).toEqual(catalog.state);

    const calc = follow(
      "/calculator?mode=request&req=5000&inr=2000&tier=flex&m=alpha-nano&on=2026-08-01",
      CALCULATOR_PATH,
      loadCalculatorPage,
    );
    expect(follow(calculatorHref(calc.state), CALCULATOR_PATH, loadCalculatorPage).state).toEqual(calc.state);

    const charts = follow("/charts?b=gpqa-diamond&tier=batch&m=alpha-mini,alpha-nano", CHARTS_PATH, loadChartsPage);
    expect(follow(chartsHref(charts.state), CHARTS_PATH, loadChartsPage).state).toEqual(charts.state);

    const { page } = migrationPlan();
    expect(follow(migratePlanHref({ ...page.state, perRequest: 300_000 }), MIGRATE_PATH, loadMigratePage).state.perRequest).toBe(
      300_000,
    );

    const wizard = loadWizardPage({ s: "result", p: "cost", tl: "8000", img: "no", in: "1000000", out: "500000" });
    expect(follow(wizardHref(wizard.state), WIZARD_PATH, loadWizardPage).state).toEqual(wizard.state);

    const changes = follow("/changes?m=alpha-nano,gamma-nano&k=price", CHANGES_PATH, loadChangesPage);
    expect(follow(changesHref(changes.state), CHANGES_PATH, loadChangesPage).state).toEqual(changes.state);
  });

  it("the change log's kind chips and the footer → the change log", () => {
    expect(follow(changesHref(), CHANGES_PATH, loadChangesPage).state).toEqual({ models: [], kinds: [] });
    const alpha = { models: ["alpha-nano"], kinds: [] };
    for (const kind of ["price", "release", "shutdown"] as const) {
      expect(follow(toggleKindHref(alpha, kind), CHANGES_PATH, loadChangesPage).state.kinds).toEqual([kind]);
    }
  });
});
