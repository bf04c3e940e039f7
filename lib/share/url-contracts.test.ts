/**
 * The shared URL-contract properties (url-contract.testkit.ts) applied to the catalog, the
 * wizard and the migration planner. The compare view applies them in lib/url/compare.test.ts;
 * other views add a call like these.
 */
import fc from "fast-check";
import { expect } from "vitest";
import {
  CATALOG_COLUMNS,
  catalogUrlKeys,
  ignoredCatalogParams,
  loadCatalogParams,
  MIN_CONTEXT_CHOICES,
  sanitizeCatalogState,
  serializeCatalog,
  STATUSES,
  TRI_STATE,
  type CatalogState,
} from "@/lib/url/catalog";
import { PRIORITIES } from "@/lib/recommend/types";
import {
  ignoredMigrateParams,
  loadMigrateParams,
  MAX_TOKENS_PER_DAY as MIGRATE_MAX_TOKENS_PER_DAY,
  MAX_TOKENS_PER_REQUEST,
  migrateUrlKeys,
  sanitizeMigrateState,
  serializeMigrate,
  type MigrateState,
} from "@/lib/url/migrate";
import {
  ignoredWizardParams,
  LIMITS as WIZARD_LIMITS,
  loadWizardParams,
  looksLikeApiKey,
  resolveStep,
  sanitizeWizardState,
  SCRIPT_LANGS,
  serializeWizard,
  toWizardAnswers,
  WORKLOAD_MODES,
  wizardUrlKeys,
  type WizardState,
} from "@/lib/url/wizard";
import { describeUrlContract } from "./url-contract.testkit";

const known = { ids: new Set(["gpt-5.4-mini", "gpt-6-luna"]), families: new Set(["GPT-5.4", "GPT-6"]) };
const id = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,30}$/);

describeUrlContract<CatalogState>("catalog", {
  keys: Object.values(catalogUrlKeys),
  load: loadCatalogParams,
  serialize: serializeCatalog,
  validState: fc.record({
    q: fc.string({ maxLength: 100 }).filter((s) => !s.includes("\u0000")),
    sort: fc.uniqueArray(fc.record({ id: fc.constantFrom(...CATALOG_COLUMNS), desc: fc.boolean() }), { selector: (s) => s.id, maxLength: 3 }),
    families: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9][\w .()/-]{0,20}$/), { maxLength: 3 }),
    statuses: fc.uniqueArray(fc.constantFrom(...STATUSES), { maxLength: 4 }),
    hideShutdown: fc.boolean(),
    reasoning: fc.constantFrom(...TRI_STATE),
    image: fc.constantFrom(...TRI_STATE),
    minContext: fc.constantFrom(...MIN_CONTEXT_CHOICES),
    columns: fc.uniqueArray(fc.constantFrom(...CATALOG_COLUMNS), { minLength: 1 }),
    selected: fc.uniqueArray(id, { maxLength: 4 }),
    expanded: fc.uniqueArray(id, { maxLength: 4 }),
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
  load: loadMigrateParams,
  serialize: serializeMigrate,
  validState: fc.record({
    from: fc.option(id, { nil: null }),
    to: fc.option(id, { nil: null }),
    inPerDay: fc.integer({ min: 0, max: MIGRATE_MAX_TOKENS_PER_DAY }),
    outPerDay: fc.integer({ min: 0, max: MIGRATE_MAX_TOKENS_PER_DAY }),
    reasoningPerDay: fc.integer({ min: 0, max: MIGRATE_MAX_TOKENS_PER_DAY }),
    perRequest: count(1, MAX_TOKENS_PER_REQUEST),
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
