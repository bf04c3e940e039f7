/**
 * The shared URL-contract properties (url-contract.testkit.ts) applied to the catalog, the
 * wizard, the migration planner, the calculator and the charts. The compare view applies them in lib/url/compare.test.ts;
 * other views add a call like these.
 */
import fc from "fast-check";
import { expect } from "vitest";

import { SCALES } from "@/lib/charts/axis";
import { FRONTIER_SCOPES, INPUT_SHARE_STEP } from "@/lib/charts/quality";
import { TABLE_COLUMN_IDS } from "@/lib/charts/tables";
import { CHART_IDS } from "@/lib/charts/types";
import { isBudgetString } from "@/lib/cost/budget";
import { SORT_COLUMNS } from "@/lib/cost/calculator-rows";
import { CHART_AXES } from "@/lib/cost/chart";
import { PRESET_IDS } from "@/lib/cost/presets";
import { SERVICE_TIERS } from "@/lib/cost/tiers";
import { LIMITS as CALC_LIMITS, toWorkload } from "@/lib/cost/workload";
import { PRIORITIES } from "@/lib/recommend/types";

import {
  TIERS as CALC_TIERS,
  calculatorUrlKeys,
  ignoredCalculatorParams,
  inputsFromState,
  loadCalculatorParams,
  MODES,
  serializeCalculator,
  type CalculatorState,
} from "./calculator";
import {
  CATALOG_COLUMNS,
  catalogOldKeys,
  catalogUrlKeys,
  ignoredCatalogParams,
  loadCatalogParams,
  MIN_CONTEXT_CHOICES,
  sanitizeCatalogState,
  serializeCatalog,
  STATUSES,
  TRI_STATE,
  type CatalogState,
} from "./catalog";
import { chartsUrlKeys, ignoredChartsParams, loadChartsParams, serializeCharts, type ChartsState } from "./charts";
import {
  ignoredMigrateParams,
  loadMigrateParams,
  MAX_TOKENS_PER_REQUEST,
  MAX_TOKENS_PER_DAY as MIGRATE_MAX_TOKENS_PER_DAY,
  migrateOldKeys,
  migrateUrlKeys,
  sanitizeMigrateState,
  serializeMigrate,
  type MigrateState,
} from "./migrate";
import { asOfDayArb, describeUrlContract, modelIdArb as id } from "./url-contract.testkit";
import {
  ignoredWizardParams,
  loadWizardParams,
  looksLikeApiKey,
  resolveStep,
  sanitizeWizardState,
  SCRIPT_LANGS,
  serializeWizard,
  toWizardAnswers,
  LIMITS as WIZARD_LIMITS,
  wizardOldKeys,
  wizardUrlKeys,
  WORKLOAD_MODES,
  type WizardState,
} from "./wizard";

const known = { ids: new Set(["gpt-5.4-mini", "gpt-6-luna"]), families: new Set(["GPT-5.4", "GPT-6"]) };

describeUrlContract<CatalogState>("catalog", {
  keys: Object.values(catalogUrlKeys),
  oldKeys: Object.values(catalogOldKeys),
  load: loadCatalogParams,
  serialize: serializeCatalog,
  validState: fc.record({
    q: fc.string({ maxLength: 100 }).filter((s) => !s.includes("\u0000")),
    sort: fc.uniqueArray(fc.record({ id: fc.constantFrom(...CATALOG_COLUMNS), desc: fc.boolean() }), {
      selector: (s) => s.id,
      maxLength: 3,
    }),
    families: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9][\w .()/-]{0,20}$/), { maxLength: 3 }),
    statuses: fc.uniqueArray(fc.constantFrom(...STATUSES), { maxLength: 4 }),
    hideShutdown: fc.boolean(),
    reasoning: fc.constantFrom(...TRI_STATE),
    image: fc.constantFrom(...TRI_STATE),
    minContext: fc.constantFrom(...MIN_CONTEXT_CHOICES),
    columns: fc.uniqueArray(fc.constantFrom(...CATALOG_COLUMNS), { minLength: 1 }),
    selected: fc.uniqueArray(id, { maxLength: 4 }),
    expanded: fc.uniqueArray(id, { maxLength: 4 }),
    showAll: fc.boolean(),
    flat: fc.boolean(),
  }) as fc.Arbitrary<CatalogState>,
  assertValid: (s) => {
    expect(typeof s.q).toBe("string");
    expect(s.q.length).toBeLessThanOrEqual(100);
    for (const item of s.sort) expect(CATALOG_COLUMNS).toContain(item.id);
    for (const c of s.columns) expect(CATALOG_COLUMNS).toContain(c);
    for (const st of s.statuses) expect(STATUSES).toContain(st);
    expect(TRI_STATE).toContain(s.reasoning);
    expect(TRI_STATE).toContain(s.image);
    expect(MIN_CONTEXT_CHOICES).toContain(s.minContext);
    const clean = sanitizeCatalogState(s, known);
    for (const x of clean.selected) expect(known.ids.has(x)).toBe(true);
    expect(clean.columns.length).toBeGreaterThan(0);
  },
  extra: (sp) => {
    ignoredCatalogParams(sp, known);
  },
});

// ---- wizard (merged from feat/wizard) ----
const count = (min: number, max: number) => fc.option(fc.integer({ min, max }), { nil: null });
const prompt = fc
  .string({ minLength: 1, maxLength: 120 })
  .filter((s) => s.trim() !== "" && !s.includes("\u0000") && !looksLikeApiKey(s));

describeUrlContract<WizardState>("wizard", {
  keys: Object.values(wizardUrlKeys),
  oldKeys: Object.values(wizardOldKeys),
  load: loadWizardParams,
  serialize: serializeWizard,
  validState: fc.record({
    step: fc.constantFrom(1, 2, 3, 4, "result"),
    primary: fc.option(fc.constantFrom(...PRIORITIES), { nil: null }),
    secondary: fc.option(fc.constantFrom(...PRIORITIES), { nil: null }),
    typical: count(1, WIZARD_LIMITS.inputTokensPerRequest),
    largest: count(1, WIZARD_LIMITS.inputTokensPerRequest),
    images: fc.option(fc.constantFrom("yes", "no"), { nil: null }),
    audio: fc.option(fc.constantFrom("yes", "no"), { nil: null }),
    mode: fc.constantFrom(...WORKLOAD_MODES),
    inPerDay: count(1, WIZARD_LIMITS.tokensPerDay),
    outPerDay: count(0, WIZARD_LIMITS.tokensPerDay),
    requests: count(1, WIZARD_LIMITS.requestsPerDay),
    outPerRequest: count(0, WIZARD_LIMITS.outputTokensPerRequest),
    prompts: fc.array(prompt, { maxLength: WIZARD_LIMITS.prompts }),
    lang: fc.constantFrom(...SCRIPT_LANGS),
  }) as fc.Arbitrary<WizardState>,
  assertValid: (s) => {
    expect([1, 2, 3, 4, "result"]).toContain(s.step);
    for (const n of [s.typical, s.largest, s.inPerDay, s.outPerDay, s.requests, s.outPerRequest]) {
      if (n !== null) expect(Number.isInteger(n) && n >= 0).toBe(true);
    }
    expect(s.prompts.length).toBeLessThanOrEqual(WIZARD_LIMITS.prompts);
    for (const p of s.prompts) expect(looksLikeApiKey(p)).toBe(false);
    resolveStep(sanitizeWizardState(s));
    toWizardAnswers(sanitizeWizardState(s));
  },
  extra: (sp) => {
    ignoredWizardParams(sp);
  },
});

// ---- migration planner (merged from feat/wizard) ----
const migrateKnown = new Set(["gpt-4.1-nano", "gpt-5.4-nano", "gpt-6-luna"]);
const targetsOf = () => migrateKnown;

describeUrlContract<MigrateState>("migrate", {
  keys: Object.values(migrateUrlKeys),
  oldKeys: Object.values(migrateOldKeys),
  load: loadMigrateParams,
  serialize: serializeMigrate,
  validState: fc.record({
    from: fc.option(id, { nil: null }),
    to: fc.option(id, { nil: null }),
    inPerDay: fc.integer({ min: 0, max: MIGRATE_MAX_TOKENS_PER_DAY }),
    outPerDay: fc.integer({ min: 0, max: MIGRATE_MAX_TOKENS_PER_DAY }),
    reasoningPerDay: fc.integer({ min: 0, max: MIGRATE_MAX_TOKENS_PER_DAY }),
    perRequest: count(1, MAX_TOKENS_PER_REQUEST),
    fineTuning: fc.boolean(),
  }),
  assertValid: (s) => {
    for (const n of [s.inPerDay, s.outPerDay, s.reasoningPerDay]) {
      expect(Number.isInteger(n) && n >= 0 && n <= MIGRATE_MAX_TOKENS_PER_DAY).toBe(true);
    }
    const clean = sanitizeMigrateState(s, { ids: migrateKnown, targetsOf });
    if (clean.from !== null) expect(migrateKnown.has(clean.from)).toBe(true);
  },
  extra: (sp) => {
    ignoredMigrateParams(sp, { ids: migrateKnown, targetsOf });
  },
});

// ---- calculator (merged from feat/calc) ----
describeUrlContract<CalculatorState>("calculator", {
  keys: Object.values(calculatorUrlKeys),
  load: loadCalculatorParams,
  serialize: serializeCalculator,
  validState: fc
    .record({
      mode: fc.constantFrom(...MODES),
      inputPerDay: fc.integer({ min: 0, max: CALC_LIMITS.tokensPerDay.max }),
      outputPerDay: fc.integer({ min: 0, max: CALC_LIMITS.tokensPerDay.max }),
      reasoningPerDay: fc.integer({ min: 0, max: CALC_LIMITS.tokensPerDay.max }),
      requestsPerDay: fc.integer({ min: 0, max: CALC_LIMITS.requestsPerDay.max }),
      inputPerRequest: fc.integer({ min: 0, max: CALC_LIMITS.inputPerRequest.max }),
      outputPerRequest: fc.integer({ min: 0, max: CALC_LIMITS.outputPerRequest.max }),
      reasoningPerRequest: fc.integer({ min: 0, max: CALC_LIMITS.reasoningPerRequest.max }),
      cachedPercent: fc.integer({ min: CALC_LIMITS.cachedPercent.min, max: CALC_LIMITS.cachedPercent.max }),
      daysPerMonth: fc.integer({ min: CALC_LIMITS.daysPerMonth.min, max: CALC_LIMITS.daysPerMonth.max }),
      tier: fc.constantFrom(...CALC_TIERS),
      preset: fc.option(fc.constantFrom(...PRESET_IDS), { nil: null }),
      models: fc.uniqueArray(id, { maxLength: 5 }),
      budget: fc.option(
        fc
          .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 0, max: 99 }))
          .map(([d, c]) => (c ? `${d}.${String(c).padStart(2, "0")}` : String(d))),
        { nil: null },
      ),
      retired: fc.boolean(),
      snapshots: fc.boolean(),
      sort: fc.record({ column: fc.constantFrom(...SORT_COLUMNS), desc: fc.boolean() }),
      chartAxis: fc.constantFrom(...CHART_AXES),
      on: fc.option(asOfDayArb, { nil: null }),
    })
    .filter((s) => !s.budget || isBudgetString(s.budget)) as fc.Arbitrary<CalculatorState>,
  // "1.50" and "1.5" are the same budget; compare what the calculator would compute with.
  normalize: (s) => ({ ...s, budget: s.budget === null ? null : Number(s.budget) }),
  assertValid: (s) => {
    expect(MODES).toContain(s.mode);
    expect(CALC_TIERS).toContain(s.tier);
    const w = toWorkload(inputsFromState(s));
    for (const n of [w.inputTokensPerDay, w.outputTokensPerDay, w.reasoningTokensPerDay])
      expect(Number.isFinite(n) && n >= 0).toBe(true);
    if (s.budget !== null) expect(isBudgetString(s.budget)).toBe(true);
  },
  extra: (sp) => {
    ignoredCalculatorParams(sp, { ids: known.ids, today: "2026-11-25" });
  },
});

// ---- charts (merged from feat/charts) ----
const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const tableSort = (cols: readonly string[]) =>
  fc.option(fc.record({ id: fc.constantFrom(...cols), desc: fc.boolean() }), { nil: null });

describeUrlContract<ChartsState>("charts", {
  keys: Object.values(chartsUrlKeys),
  load: loadChartsParams,
  serialize: serializeCharts,
  validState: fc.record({
    bench: slug,
    tier: fc.constantFrom(...SERVICE_TIERS),
    scale: fc.constantFrom(...SCALES),
    qbench: slug,
    mix: fc.integer({ min: 0, max: 100 / INPUT_SHARE_STEP }).map((n) => n * INPUT_SHARE_STEP),
    qscale: fc.constantFrom(...SCALES),
    frontier: fc.constantFrom(...FRONTIER_SCOPES),
    models: fc.uniqueArray(id, { maxLength: 5 }),
    retired: fc.boolean(),
    tables: fc.uniqueArray(fc.constantFrom(...CHART_IDS)),
    sortBench: tableSort(TABLE_COLUMN_IDS.bench),
    sortPrice: tableSort(TABLE_COLUMN_IDS.price),
    sortContext: tableSort(TABLE_COLUMN_IDS.context),
    sortQuality: tableSort(TABLE_COLUMN_IDS.quality),
  }) as fc.Arbitrary<ChartsState>,
  assertValid: (s) => {
    expect(SERVICE_TIERS).toContain(s.tier);
    expect(s.mix % INPUT_SHARE_STEP).toBe(0);
    expect(s.mix >= 0 && s.mix <= 100).toBe(true);
    for (const t of s.tables) expect(CHART_IDS).toContain(t);
  },
  extra: (sp) => {
    ignoredChartsParams(sp, { benchmarks: new Set(["mmlu", "gpqa-diamond"]), models: known.ids });
  },
});
