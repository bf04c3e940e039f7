/**
 * The shared URL-contract properties (url-contract.testkit.ts) applied to the catalog view.
 * The compare view applies them in lib/url/compare.test.ts; other views add a call like this.
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
