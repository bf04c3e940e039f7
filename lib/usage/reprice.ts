/**
 * "The same usage on every other model": the file's token counts priced on each model that can
 * still be called on `today`, on each tier ("as-run" keeps every record on the tier it ran on),
 * as a 30-day month and over the file's real period, against the file's own bill.
 *
 * Like is compared with like: the difference adds, per model, tier and kind of token, only
 * tokens that have a price on both sides, and names the rest. Reasoning tokens are inside
 * output_tokens and the export cannot split them; by default the target writes the same output,
 * and an optional assumption rescales it (stated next to every total).
 */
import { Dec } from "@/lib/cost/decimal";
import { toPlain } from "@/lib/cost/price";
import { TIER_LABEL } from "@/lib/cost/tiers";
import { formatTokens } from "@/lib/format";

import { averageRequest, priceCounts, type CellCost } from "./bill";
import { CatalogIndex, type UsageCatalog, type UsageModel } from "./catalog";
import { countsOf, totalTokens } from "./cells";
import { MAX_REASONING_SHARE_PERCENT, REPRICE_TIERS, TOKEN_KIND_LABEL, type RepriceTier } from "./options";
import { percentChange, toMonthly } from "./period";
import { lifecycleOf, type Exclusion, type ModelLifecycle } from "./summary";
import type { TokenKind, UsageAggregate, UsageCell } from "./types";

export { MAX_REASONING_SHARE_PERCENT, REPRICE_TIERS, type RepriceTier };

export type ReasoningAssumption = {
  /** Share of the target's output tokens you expect to be reasoning, 0–95 %. */
  targetSharePercent: number;
  /**
   * Share of the file's output that was reasoning, for the file's reasoning models (models that
   * do not reason have 0 %). Unknown (null): taken to equal the target's share.
   */
  sourceSharePercent?: number | null;
};

export type RepriceOptions = {
  /** ISO date: which models are callable and their lifecycle badges. */
  today: string;
  /** The file's model IDs to reprice; default: every ID the catalog knows. */
  models?: readonly string[];
  tiers?: readonly RepriceTier[];
  /** Default: none (the target writes the file's output, reasoning included). */
  reasoning?: ReasoningAssumption | null;
  /** Limit the targets (catalog IDs); default: every callable alias or un-versioned model. */
  targets?: readonly string[];
};

export type Comparison = {
  /** 30-day figures of the tokens priced on both sides. */
  current: string;
  target: string;
  difference: string;
  /** (target − current) / current × 100, 4 decimals; null when current is 0. */
  percent: string | null;
  /** Tokens priced on one side only, left out of the comparison. */
  leftOut: string[];
};

type RowBase = {
  targetId: string;
  displayName: string;
  tier: RepriceTier;
  lifecycle: ModelLifecycle;
  /** The target is (the alias of) one of the repriced models: the row shows a tier change. */
  inFile: boolean;
  /** The reasoning assumption behind the total, in words. */
  assumption: string;
  /** Whether the target reasons (null: not published): what the assumption means for it. */
  targetReasons: boolean | null;
};

export type RepriceRow = RowBase &
  (
    | {
        ok: true;
        period: string;
        monthly: string;
        complete: boolean;
        lowerBound: boolean;
        notes: string[];
        comparison: Comparison;
      }
    | { ok: false; reason: "no-tier" | "no-price" | "cannot-take"; message: string }
  );

export type Reprice = {
  /** The file's model IDs repriced. */
  sources: string[];
  /** The file's models left out (unknown to the catalog: they have no current price to compare). */
  excluded: Exclusion[];
  /** The file's bill for the repriced models (priced parts only). */
  current: { period: string; monthly: string; complete: boolean };
  rows: RepriceRow[];
  cannotTake: { targetId: string; displayName: string; reasons: string[] }[];
};

const fmt = formatTokens;
const clamp = (n: number, lo: number, hi: number) => (Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo);

const KIND_LABEL = TOKEN_KIND_LABEL;

/** The output the target would write under the assumption, and what to say about it. */
export function targetOutput(
  output: number,
  source: { id: string; reasoning: boolean | null },
  target: { id: string; reasoning: boolean | null },
  a: ReasoningAssumption | null | undefined,
): { output: number; note: string | null } {
  if (!a) {
    if (source.reasoning === true && target.reasoning === false) {
      return {
        output,
        note: `${source.id}'s output includes its reasoning tokens; ${target.id} does not reason, so it would likely write fewer: this total counts them all (an upper bound).`,
      };
    }
    if (source.reasoning === false && target.reasoning === true) {
      return {
        output,
        note: `${target.id} reasons and bills reasoning as output, on top of what ${source.id} wrote: state the reasoning share you expect to include it.`,
      };
    }
    return { output, note: null };
  }
  const t = target.reasoning === false ? 0 : clamp(a.targetSharePercent, 0, MAX_REASONING_SHARE_PERCENT);
  const s =
    source.reasoning === false
      ? 0
      : a.sourceSharePercent == null
        ? t
        : clamp(a.sourceSharePercent, 0, MAX_REASONING_SHARE_PERCENT);
  const scaled = new Dec(output)
    .mul(100 - s)
    .div(100 - t)
    .floor();
  return { output: Math.min(Number.MAX_SAFE_INTEGER, scaled.toNumber()), note: null };
}

export function assumptionText(
  targetId: string,
  targetReasons: boolean | null,
  a: ReasoningAssumption | null | undefined,
): string {
  if (!a) return "Output as in the file (reasoning share unchanged; the export cannot split reasoning from output).";
  if (targetReasons === false)
    return `${targetId} does not reason: its output is the file's output without the reasoning share of the file's reasoning models.`;
  const t = clamp(a.targetSharePercent, 0, MAX_REASONING_SHARE_PERCENT);
  const s = a.sourceSharePercent == null ? "the same share" : `${clamp(a.sourceSharePercent, 0, MAX_REASONING_SHARE_PERCENT)} %`;
  return `Assumes ${t} % of ${targetId}'s output is reasoning (file: 0 % for models that do not reason, ${s} for those that do).`;
}

/** Why a target cannot take this usage, judged from what totals can prove (the average request). */
function cannotTake(target: UsageModel, cells: readonly { cell: UsageCell; output: number }[], reportsImages: boolean): string[] {
  const reasons: string[] = [];
  const images = cells.reduce((n, c) => n + c.cell.imageInput, 0);
  if (reportsImages && images > 0 && target.imageInput === false) {
    reasons.push(`The file has ${fmt(images)} image input tokens; ${target.id} takes no image input.`);
  }
  const inputLimit = target.priced.maxInput ?? target.priced.contextWindow;
  for (const { cell, output } of cells) {
    const avg = averageRequest({ ...cell, output });
    if (!avg) continue;
    if (inputLimit !== null && avg.input > inputLimit) {
      reasons.push(
        `Requests to ${cell.model} average ${fmt(avg.input)} input tokens, more than ${target.id} takes (${fmt(inputLimit)}).`,
      );
    } else if (target.priced.maxOutput != null && avg.output > target.priced.maxOutput) {
      reasons.push(
        `Requests to ${cell.model} average ${fmt(avg.output)} output tokens, more than ${target.id} writes (${fmt(target.priced.maxOutput)}).`,
      );
    } else if (target.priced.contextWindow !== null && avg.input + avg.output > target.priced.contextWindow) {
      reasons.push(
        `Requests to ${cell.model} average ${fmt(avg.input + avg.output)} tokens in and out, more than ${target.id}'s context window (${fmt(target.priced.contextWindow)}).`,
      );
    }
  }
  return [...new Set(reasons)];
}

/** Adds the parts priced on both sides; names the others. */
function compareParts(
  cell: UsageCell,
  current: CellCost,
  target: CellCost,
  targetId: string,
  acc: { current: Dec; target: Dec; leftOut: string[] },
) {
  const kinds = new Set<TokenKind>([...current.parts, ...target.parts].map((p) => p.kind));
  for (const kind of kinds) {
    const a = current.parts.find((p) => p.kind === kind);
    const b = target.parts.find((p) => p.kind === kind);
    if (a?.amount != null && b?.amount != null) {
      acc.current = acc.current.add(a.amount);
      acc.target = acc.target.add(b.amount);
    } else if (a?.amount == null && b?.amount == null) {
      acc.leftOut.push(
        `${fmt(a?.tokens ?? b?.tokens ?? 0)} ${KIND_LABEL[kind]} tokens of ${cell.model} (no price on either side)`,
      );
    } else {
      const side = a?.amount == null ? cell.model : targetId;
      acc.leftOut.push(`${fmt(a?.tokens ?? b?.tokens ?? 0)} ${KIND_LABEL[kind]} tokens of ${cell.model} (no price on ${side})`);
    }
  }
}

export function repriceUsage(aggregate: UsageAggregate, catalog: UsageCatalog | CatalogIndex, options: RepriceOptions): Reprice {
  const index = catalog instanceof CatalogIndex ? catalog : new CatalogIndex(catalog);
  const seconds = aggregate.period ? aggregate.period.end - aggregate.period.start : 0;
  const wanted = options.models ? new Set(options.models) : null;
  const excluded = new Map<string, Exclusion>();
  const selected: { cell: UsageCell; source: UsageModel | undefined; current: CellCost | null }[] = [];
  for (const cell of aggregate.cells) {
    const source = index.get(cell.model);
    if (wanted ? !wanted.has(cell.model) : !source) {
      const r = index.resolve(cell.model);
      if (!wanted && !r.known) {
        const e = excluded.get(cell.model) ?? { model: cell.model, tokens: 0, reason: r.message };
        e.tokens += totalTokens(cell);
        excluded.set(cell.model, e);
      }
      continue;
    }
    selected.push({ cell, source, current: source ? priceCounts(source.priced, countsOf(cell), cell.tier) : null });
  }
  const currentPeriod = selected.reduce((s, x) => (x.current ? s.add(x.current.amount) : s), new Dec(0));
  const current = {
    period: toPlain(currentPeriod),
    monthly: toMonthly(toPlain(currentPeriod), seconds),
    complete: selected.every((x) => x.current?.complete === true),
  };
  const families = new Set(selected.map((x) => x.source && (x.source.aliasId ?? x.source.id)));
  const wantedTargets = options.targets ? new Set(options.targets) : null;
  const targets = index.catalog.models.filter(
    (m) =>
      m.kind !== "snapshot" && lifecycleOf(m.lifecycle, options.today).callable && (!wantedTargets || wantedTargets.has(m.id)),
  );
  const tiers = options.tiers ?? REPRICE_TIERS;
  const rows: RepriceRow[] = [];
  const blocked: Reprice["cannotTake"] = [];

  for (const target of targets) {
    const base = {
      targetId: target.id,
      displayName: target.displayName,
      lifecycle: lifecycleOf(target.lifecycle, options.today),
      inFile: families.has(target.id),
      assumption: assumptionText(target.id, target.reasoning, options.reasoning),
      targetReasons: target.reasoning,
    };
    const reasoningNotes = new Set<string>();
    const moved = selected.map((x) => {
      const adjusted = targetOutput(
        x.cell.output,
        { id: x.cell.model, reasoning: x.source?.reasoning ?? null },
        target,
        options.reasoning,
      );
      if (adjusted.note) reasoningNotes.add(adjusted.note);
      return { ...x, output: adjusted.output };
    });
    const reasons = cannotTake(target, moved, aggregate.reports.imageTokens);
    if (reasons.length) {
      blocked.push({ targetId: target.id, displayName: target.displayName, reasons });
      for (const tier of tiers) rows.push({ ...base, tier, ok: false, reason: "cannot-take", message: reasons.join(" ") });
      continue;
    }
    for (const tier of tiers) {
      if (tier !== "as-run") {
        const rates = target.priced.tiers[tier];
        if (!rates) {
          rows.push({
            ...base,
            tier,
            ok: false,
            reason: "no-tier",
            message: `No ${TIER_LABEL[tier].toLowerCase()} tier published for ${target.id}`,
          });
          continue;
        }
        if (rates.input === null || rates.output === null) {
          rows.push({
            ...base,
            tier,
            ok: false,
            reason: "no-price",
            message: `${TIER_LABEL[tier]} input or output price not published for ${target.id}`,
          });
          continue;
        }
      }
      const acc = { current: new Dec(0), target: new Dec(0), leftOut: [] as string[] };
      let period = new Dec(0);
      let complete = true;
      let lowerBound = false;
      const notes = new Set(reasoningNotes);
      for (const x of moved) {
        const cost = priceCounts(
          target.priced,
          { ...countsOf(x.cell), output: x.output },
          tier === "as-run" ? x.cell.tier : tier,
        );
        period = period.add(cost.amount);
        complete &&= cost.complete;
        lowerBound ||= cost.lowerBound;
        cost.notes.forEach((n) => notes.add(n));
        if (x.current) compareParts(x.cell, x.current, cost, target.id, acc);
        else acc.leftOut.push(`${fmt(totalTokens(x.cell))} tokens of ${x.cell.model} (no price on ${x.cell.model})`);
      }
      const currentMonthly = toMonthly(toPlain(acc.current), seconds);
      const targetMonthly = toMonthly(toPlain(acc.target), seconds);
      rows.push({
        ...base,
        tier,
        ok: true,
        period: toPlain(period),
        monthly: toMonthly(toPlain(period), seconds),
        complete,
        lowerBound,
        notes: [...notes],
        comparison: {
          current: currentMonthly,
          target: targetMonthly,
          difference: toPlain(new Dec(targetMonthly).sub(currentMonthly)),
          percent: percentChange(currentMonthly, targetMonthly),
          leftOut: acc.leftOut,
        },
      });
    }
  }
  return {
    sources: [...new Set(selected.map((x) => x.cell.model))],
    excluded: [...excluded.values()],
    current,
    rows,
    cannotTake: blocked,
  };
}
