/**
 * A costs file beside the usage: each line item is matched to the usage it bills (model or its
 * snapshot, tier, kind of token) over the days both files cover, and the billed amount is set
 * against the catalog's price for that usage, in dollars and percent, with a plain reason where
 * one is known. A costs file billed at catalog prices reconciles to exactly 0 on every line.
 */
import { Dec } from "@/lib/cost/decimal";
import { toPlain } from "@/lib/cost/price";
import { formatTokens } from "@/lib/format";

import { priceCounts } from "./bill";
import { CatalogIndex, type UsageCatalog } from "./catalog";
import { addCounts, countsOf, zeroCounts } from "./cells";
import { parseLineItem } from "./line-items";
import { dayOf, isoDay, SECONDS_PER_DAY } from "./numbers";
import { PERCENT_DECIMALS } from "./period";
import { isServiceTier, tierLabel } from "./tiers";
import type { CostsData, ServiceTier, TokenCounts, TokenKind, UsageData, UsageTier } from "./types";

/**
 * Regional processing (data residency) is billed 10 % above the catalog's prices on the models
 * whose pages say so (gpt-6-luna: "regional processing costs 10% more",
 * https://developers.openai.com/ja-JP/api/docs/models/gpt-6-luna, verified 2026-11-25).
 */
export const REGIONAL_UPLIFT = "1.1";
/** A ratio within this of the uplift is taken to be it (amounts are rounded per line and day). */
const UPLIFT_TOLERANCE = "0.0005";
/** Daily rates are compared at this many decimals (USD per 1M tokens). */
const RATE_DECIMALS = 6;
const MILLION = new Dec(1_000_000);
/** Currencies catalog prices can be compared with. */
const CATALOG_CURRENCY = "usd";

export type ReconcileStatus = "match" | "differs" | "no-usage" | "unpriced" | "not-tokens";

export type ReconcileLine = {
  lineItem: string;
  model: string | null;
  kind: TokenKind | null;
  tier: ServiceTier | null;
  /** Billed over the days both files cover, exact. */
  billed: string;
  /** The catalog price of the usage this line bills; null when none matches or it has no price. */
  catalog: string | null;
  /** Usage tokens matched, and the costs file's own quantity. */
  tokens: number | null;
  quantity: string | null;
  /** billed − catalog, exact; null without a catalog price. */
  difference: string | null;
  /** difference / catalog × 100, 4 decimals ("0" when they agree); null without a catalog price. */
  percent: string | null;
  status: ReconcileStatus;
  reasons: string[];
};

export type UnbilledUsage = { model: string; tier: UsageTier; kind: TokenKind; tokens: number; catalog: string | null };

export type Reconciliation = {
  currency: string;
  /** The UTC days both files cover; null when they share none. */
  days: { first: string; last: string; count: number } | null;
  lines: ReconcileLine[];
  /** Usage no line item bills (e.g. the costs export filtered to one project). */
  unbilled: UnbilledUsage[];
  totals: {
    /** Every line item, token lines or not. */
    billed: string;
    /** Lines with a catalog price: their billed amount, catalog price and difference. */
    matchedBilled: string;
    matchedCatalog: string;
    difference: string;
    percent: string | null;
  };
  notes: string[];
};

const fmt = formatTokens;
const KINDS: TokenKind[] = ["uncachedInput", "cachedInput", "cacheWriteInput", "output"];

function pct(diff: Dec, base: Dec): string | null {
  if (base.isZero()) return null;
  const p = diff.div(base).mul(100).toDecimalPlaces(PERCENT_DECIMALS);
  return p.isZero() ? "0" : toPlain(p);
}

type DayCells = Map<number, { model: string; tier: UsageTier; counts: TokenCounts }[]>;

/** The days a period touches, by their 00:00 UTC second. */
function dayRange(start: number, end: number): [number, number] {
  return [dayOf(start), dayOf(end - 1)];
}

export function reconcileCosts(usage: UsageData, costs: CostsData, catalog: UsageCatalog | CatalogIndex): Reconciliation {
  const index = catalog instanceof CatalogIndex ? catalog : new CatalogIndex(catalog);
  const notes: string[] = [];
  const up = usage.aggregate.period;
  const cp = costs.period;
  let from = 0;
  let to = -1;
  if (up && cp) {
    const [u0, u1] = dayRange(up.start, up.end);
    const [c0, c1] = dayRange(cp.start, cp.end);
    from = Math.max(u0, c0);
    to = Math.min(u1, c1);
    if (to < from)
      notes.push(`The files share no day: usage covers ${isoDay(u0)} to ${isoDay(u1)}, costs ${isoDay(c0)} to ${isoDay(c1)}.`);
    else if (u0 !== c0 || u1 !== c1) {
      notes.push(
        `Compared over the days both files cover, ${isoDay(from)} to ${isoDay(to)}: usage covers ${isoDay(u0)} to ${isoDay(u1)}, costs ${isoDay(c0)} to ${isoDay(c1)}.`,
      );
    }
  }
  const inRange = (day: number) => day >= from && day <= to;
  const comparable = costs.currency === CATALOG_CURRENCY;
  if (!comparable)
    notes.push(`Costs are in ${costs.currency.toUpperCase()}; catalog prices are in USD, so amounts are not compared.`);

  const days: DayCells = new Map();
  for (const d of usage.daily) {
    if (inRange(d.day))
      days.set(
        d.day,
        d.cells.map((c) => ({ model: c.model, tier: c.tier, counts: countsOf(c) })),
      );
  }

  const parsed = costs.lines.map((l) => ({ line: l, p: parseLineItem(l.lineItem) }));
  /** Tiers a line item names explicitly, per model and kind: a line naming no tier bills the others. */
  const claimed = new Map<string, Set<ServiceTier>>();
  for (const { p } of parsed) {
    if (p.model && p.kind && p.tier) {
      const key = `${p.model}\u0000${p.kind}`;
      claimed.set(key, (claimed.get(key) ?? new Set()).add(p.tier));
    }
  }
  const billedKinds = new Set(parsed.filter(({ p }) => p.model && p.kind).map(({ p }) => `${p.model}\u0000${p.kind}`));
  const used = new Set<string>();

  const lines: ReconcileLine[] = parsed.map(({ line, p }) => {
    const daily = line.daily.filter((d) => inRange(d.day));
    const billed = daily.reduce((s, d) => s.add(d.amount), new Dec(0));
    const quantity =
      daily.every((d) => d.quantity !== null) && daily.length
        ? toPlain(daily.reduce((s, d) => s.add(d.quantity!), new Dec(0)))
        : null;
    const base = { lineItem: line.lineItem, model: p.model, kind: p.kind, tier: p.tier, billed: toPlain(billed), quantity };
    if (!p.model || !p.kind) {
      return {
        ...base,
        catalog: null,
        tokens: null,
        difference: null,
        percent: null,
        status: "not-tokens",
        reasons: ["Not billed by the token: not compared with usage."],
      };
    }
    const kind = p.kind;
    const claimedTiers = claimed.get(`${p.model}\u0000${kind}`);
    const matches = (model: string, tier: UsageTier) =>
      (model === p.model || index.same(model, p.model!)) &&
      (p.tier ? tier === p.tier : !(isServiceTier(tier) && claimedTiers?.has(tier)));

    let tokens = 0;
    let catalogAmount: Dec | null = new Dec(0);
    const unpricedReasons = new Set<string>();
    let cacheWrites = 0;
    const rates = new Map<string, number>();
    for (const [day, cells] of days) {
      let dayTokens = 0;
      for (const c of cells) {
        if (!matches(c.model, c.tier) || c.counts[kind] === 0) continue;
        used.add(`${c.model}\u0000${c.tier}\u0000${kind}`);
        tokens += c.counts[kind];
        dayTokens += c.counts[kind];
        cacheWrites += c.counts.cacheWriteInput;
        const entry = index.get(c.model);
        if (!entry) {
          const r = index.resolve(c.model);
          unpricedReasons.add(r.known ? "" : r.message);
          catalogAmount = null;
          continue;
        }
        const only = { ...zeroCounts(), requests: c.counts.requests, [kind]: c.counts[kind] };
        const part = priceCounts(entry.priced, only, c.tier).parts.find((x) => x.kind === kind);
        if (!part || part.amount === null) {
          unpricedReasons.add(part?.note ?? `No ${tierLabel(c.tier)} price for ${c.model}.`);
          catalogAmount = null;
          continue;
        }
        if (catalogAmount) catalogAmount = catalogAmount.add(part.amount);
      }
      const dayBilled = line.daily.find((d) => d.day === day);
      if (dayTokens > 0 && dayBilled) {
        rates.set(isoDay(day), new Dec(dayBilled.amount).mul(MILLION).div(dayTokens).toDecimalPlaces(RATE_DECIMALS).toNumber());
      }
    }

    const reasons: string[] = [];
    if (p.model.startsWith("ft:"))
      reasons.push("A fine-tuned model: billed at fine-tuning rates, which the catalog does not list.");
    if (tokens === 0) {
      reasons.push(
        "No usage in the usage file matches this line item (another project or key, or a model the usage export does not show).",
      );
      return {
        ...base,
        catalog: null,
        tokens: 0,
        difference: null,
        percent: null,
        status: "no-usage",
        reasons: [...new Set(reasons)],
      };
    }
    if (catalogAmount === null || !comparable) {
      reasons.push(...[...unpricedReasons].filter(Boolean));
      return {
        ...base,
        catalog: null,
        tokens,
        difference: null,
        percent: null,
        status: "unpriced",
        reasons: [...new Set(reasons)],
      };
    }
    const catalogDec: Dec = catalogAmount;
    const diff = billed.sub(catalogDec);
    if (!diff.isZero()) {
      const ratio = catalogDec.isZero() ? null : billed.div(catalogDec);
      if (p.regional) reasons.push("Regional processing (data residency) is billed above the catalog's prices.");
      else if (ratio && ratio.sub(REGIONAL_UPLIFT).abs().lte(UPLIFT_TOLERANCE)) {
        reasons.push(
          "Billed 10 % above the catalog price, which matches regional processing (data residency) on models billed that way.",
        );
      }
      if (kind === "uncachedInput" && cacheWrites > 0 && diff.gt(0) && !billedKinds.has(`${p.model}\u0000cacheWriteInput`)) {
        reasons.push(
          `The usage has ${fmt(cacheWrites)} cache-write tokens and no cache-write line item: this input line likely bills them, and the catalog has no price for them here.`,
        );
      }
      const distinct = [...new Set(rates.values())];
      if (distinct.length === 2) {
        const entries = [...rates.entries()];
        const change = entries.findIndex(([, r], i) => i > 0 && r !== entries[i - 1]![1]);
        const steady = entries.slice(change).every(([, r]) => r === entries[change]![1]);
        if (change > 0 && steady) {
          reasons.push(
            `The billed rate changed on ${entries[change]![0]}, from $${entries[0]![1]} to $${entries[change]![1]} per 1M tokens: a price change during the period.`,
          );
        }
      }
      if (quantity !== null && /token/i.test(line.quantityUnit ?? "") && !new Dec(quantity).eq(tokens)) {
        reasons.push(
          `The costs file counts ${fmt(Number(quantity))} tokens, the usage file ${fmt(tokens)}: the two files do not cover the same usage.`,
        );
      }
    }
    return {
      ...base,
      catalog: toPlain(catalogDec),
      tokens,
      difference: toPlain(diff),
      percent: pct(diff, catalogDec),
      status: diff.isZero() ? "match" : "differs",
      reasons: [...new Set(reasons)],
    };
  });

  const unbilled: UnbilledUsage[] = [];
  const leftover = new Map<string, { model: string; tier: UsageTier; kind: TokenKind; counts: TokenCounts }>();
  for (const cells of days.values()) {
    for (const c of cells) {
      for (const kind of KINDS) {
        if (c.counts[kind] === 0 || used.has(`${c.model}\u0000${c.tier}\u0000${kind}`)) continue;
        const key = `${c.model}\u0000${c.tier}\u0000${kind}`;
        const e = leftover.get(key) ?? { model: c.model, tier: c.tier, kind, counts: zeroCounts() };
        addCounts(e.counts, { ...zeroCounts(), requests: c.counts.requests, [kind]: c.counts[kind] });
        leftover.set(key, e);
      }
    }
  }
  for (const e of leftover.values()) {
    const entry = index.get(e.model);
    const part = entry ? priceCounts(entry.priced, e.counts, e.tier).parts.find((x) => x.kind === e.kind) : undefined;
    unbilled.push({ model: e.model, tier: e.tier, kind: e.kind, tokens: e.counts[e.kind], catalog: part?.amount ?? null });
  }
  if (unbilled.length)
    notes.push(
      "Some usage has no line item in the costs file (listed below): the costs export may be filtered to a project, or cover other days.",
    );

  const billedAll = lines.reduce((s, l) => s.add(l.billed), new Dec(0));
  const matched = lines.filter((l) => l.catalog !== null);
  const matchedBilled = matched.reduce((s, l) => s.add(l.billed), new Dec(0));
  const matchedCatalog = matched.reduce((s, l) => s.add(l.catalog!), new Dec(0));
  return {
    currency: costs.currency,
    days: to >= from && up && cp ? { first: isoDay(from), last: isoDay(to), count: (to - from) / SECONDS_PER_DAY + 1 } : null,
    lines,
    unbilled,
    totals: {
      billed: toPlain(billedAll),
      matchedBilled: toPlain(matchedBilled),
      matchedCatalog: toPlain(matchedCatalog),
      difference: toPlain(matchedBilled.sub(matchedCatalog)),
      percent: pct(matchedBilled.sub(matchedCatalog), matchedCatalog),
    },
    notes,
  };
}
