/**
 * Property tests for a view's URL contract, reusable by every view (vitest + fast-check).
 *
 *   describeUrlContract("calculator", {
 *     keys: Object.values(calculatorUrlKeys),
 *     load: loadCalculatorParams,
 *     serialize: serializeCalculator,
 *     validState: fc.record({ ... }),     // states the view can produce
 *     assertValid: (s) => { ... },        // what any parsed state must satisfy
 *     extra: (sp) => ignoredCalculatorParams(sp, known),   // must not throw either
 *   });
 *
 * It checks: random and adversarial strings (and duplicated keys) in every parameter never
 * throw and always parse to a valid state; so does any raw query string; serialize → parse is
 * the identity on valid states; the serialized form is canonical (defaults omitted, stable, and
 * only the view's current keys: a renamed key's old name is never written).
 */
import fc from "fast-check";
import type { SearchParams } from "nuqs/server";
import { describe, expect, it } from "vitest";

/** Strings that have broken parsers and pages before: markup, scripts, numbers at the edges, separators. */
const HOSTILE_VALUES = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "'; alert(1); //",
  "{{constructor.constructor('alert(1)')()}}",
  "\u0000",
  "%00",
  "%",
  "\u202egnp.exe",
  "__proto__",
  "constructor",
  "toString",
  "-1",
  "-0",
  "0x10",
  "1e309",
  "1e6",
  "NaN",
  "Infinity",
  "9".repeat(400),
  "1.5",
  " 1 ",
  ",,,",
  "a,".repeat(300),
  "x".repeat(5_000),
  "true",
  "false",
  "null",
  "undefined",
  "😀",
  "é",
  "",
];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 3, arbitrary: fc.string({ maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.constantFrom(...HOSTILE_VALUES, "a", "1", "gpt-5.4-mini"), { maxLength: 8 }).map((xs) => xs.join(",")),
  },
);

/** A model ID's shape (the loaders check it against the catalog). */
export const modelIdArb = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,30}$/);

/** An "as of" day a view's parser reads (2020 on; only the page loader knows today, hence the upper bound). */
export const asOfDayArb = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

type UrlContract<S> = {
  /** The view's short URL keys. */
  keys: readonly string[];
  /** Old names of renamed keys (lib/url/renamed-keys.ts): read, so fuzzed too, but never written. */
  oldKeys?: readonly string[];
  load: (input: SearchParams | string) => S;
  serialize: (state: Partial<S>) => string;
  /** States the view can produce (what Copy link serializes). */
  validState: fc.Arbitrary<S>;
  /** Assertions every parsed state must pass (types, ranges, allowed values). */
  assertValid: (state: S) => void;
  /** Other functions of the contract that read raw params (ignored-params lists, resolvers). */
  extra?: (searchParams: SearchParams) => void;
  /** Compare parsed and original states through this (e.g. drop fields the serializer does not carry). */
  normalize?: (state: S) => unknown;
  numRuns?: number;
};

export function describeUrlContract<S>(view: string, c: UrlContract<S>) {
  // 300 unless fast-check's global configuration says otherwise (mutation testing lowers it).
  const runs = { numRuns: c.numRuns ?? fc.readConfigureGlobal().numRuns ?? 300 };
  const norm = c.normalize ?? ((s: S) => s);
  const params = fc.dictionary(
    fc.constantFrom(...c.keys, ...(c.oldKeys ?? [])),
    fc.oneof(hostileString, fc.array(hostileString, { minLength: 2, maxLength: 3 })),
  ) as fc.Arbitrary<SearchParams>;

  describe(`${view} URL contract (property tests)`, () => {
    it("random and adversarial values, duplicated keys included, never throw and yield a valid state", () => {
      fc.assert(
        fc.property(params, (sp) => {
          const state = c.load(sp);
          c.assertValid(state);
          c.extra?.(sp);
        }),
        runs,
      );
    });

    it("any raw query string parses to a valid state", () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 400 }), (q) => {
          let sp: URLSearchParams;
          try {
            sp = new URLSearchParams(q);
          } catch {
            return; // not a query string at all: the server never hands it to us
          }
          c.assertValid(c.load(sp.toString() ? `?${sp.toString()}` : ""));
        }),
        runs,
      );
    });

    it("serialize → parse is the identity on valid states", () => {
      fc.assert(
        fc.property(c.validState, (state) => {
          const back = c.load(c.serialize(state));
          expect(norm(back)).toEqual(norm(state));
        }),
        runs,
      );
    });

    it("the link is canonical: stable under parse → serialize, and only the view's keys", () => {
      fc.assert(
        fc.property(c.validState, (state) => {
          const link = c.serialize(state);
          expect(c.serialize(c.load(link))).toBe(link);
          for (const key of new URLSearchParams(link).keys()) expect(c.keys).toContain(key);
        }),
        runs,
      );
    });

    it("the default state serializes to an empty query", () => {
      expect(c.serialize(c.load({}))).toBe("");
    });
  });
}
