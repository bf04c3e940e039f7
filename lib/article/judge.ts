/**
 * Judges the April 2025 article's claims against today's catalog. A claim with checks gets its
 * verdict from the catalog's own figures, so a corrected price or a passed shutdown date changes
 * the page without anyone editing it; a claim no figure can decide carries its verdict and
 * sources in data/article/claims.json. Pure: the caller passes the catalog, today and the
 * article's workload.
 *
 *   holds  ✓ still true
 *   wrong  ✗ wrong (also when written), with the figure and its source
 *   dated  ⌛ true then, not now: what changed and when
 *   open   ? the catalog has no figure to decide it (never guessed either way)
 */
import { Decimal } from "decimal.js";

import type { ArticleCheck, ArticleClaim, ArticleClaims, ArticleVerdict } from "@/lib/catalog/article-schema";
import { standing } from "@/lib/catalog/headline";
import type { CatalogEntry, Source } from "@/lib/catalog/types";
import { monthlyCost } from "@/lib/cost/price";
import { toPricedModel } from "@/lib/cost/priced-model";
import type { Workload } from "@/lib/cost/types";
import { formatDate, formatPercent, formatPrice, formatTokens, formatUsd } from "@/lib/format";

export type Verdict = ArticleVerdict | "open";

/** Claims rounded like "1M" or "32K" hold when the exact figure is within this share of them. */
export const ROUNDING_TOLERANCE = 0.05;
/** "~80%" holds within this many points. */
export const APPROXIMATE_POINTS = 1;

export type Finding = {
  verdict: Verdict;
  /** One plain sentence, e.g. "Catalog: $0.40 input (OpenAI model page gpt-4.1-nano)". */
  text: string;
  /** The model the finding is about, for links and badges. */
  model: string | null;
  source: Source | null;
};

export type JudgedClaim = {
  id: string;
  quote: string;
  verdict: Verdict;
  findings: Finding[];
  /** For claims judged by hand: why, and when it stopped being true. */
  explanation: string | null;
  changedOn: string | null;
  sources: Source[];
  models: string[];
  /** The wizard priority a recommendation claim is about, for a link to today's ranking. */
  priority: "quality" | "speed" | "cost" | null;
};

export type JudgedSection = { id: string; title: string; claims: JudgedClaim[] };

export type JudgeContext = {
  catalog: readonly CatalogEntry[];
  today: string;
  /** The article's scenario (1M input + 500K output tokens a day, 30 days). */
  workload: Workload;
  /** Today's answer for the same workload, named next to a cost that no longer applies. */
  cheapestLasting: { id: string; perMonth: string } | null;
};

const VERDICT_WEIGHT: Record<Verdict, number> = { holds: 0, open: 1, dated: 2, wrong: 3 };

/** A claim is as bad as its worst finding: one wrong figure makes it wrong. */
export function combineVerdicts(verdicts: readonly Verdict[]): Verdict {
  return verdicts.reduce<Verdict>((worst, v) => (VERDICT_WEIGHT[v] > VERDICT_WEIGHT[worst] ? v : worst), "holds");
}

function sourceOf(entry: CatalogEntry, key: string): Source | null {
  const s = entry.sources[key];
  return s ? { ...s } : null;
}

/** Prices and costs only matter while you can pay them: a shut-down model's price is history. */
function lifecycleQualified(entry: CatalogEntry, today: string, holdsText: string): { verdict: Verdict; text: string } {
  const lc = entry.lifecycle;
  switch (standing(lc, today)) {
    case "gone":
      return {
        verdict: "dated",
        text: lc.shutdownDate
          ? `${holdsText}, but ${entry.id} was shut down on ${formatDate(lc.shutdownDate)}.`
          : `${holdsText}, but ${entry.id} can no longer be relied on (status unknown).`,
      };
    case "leaving":
      return { verdict: "holds", text: `${holdsText}, until ${entry.id} shuts down on ${formatDate(lc.shutdownDate)}.` };
    default:
      return { verdict: "holds", text: `${holdsText}.` };
  }
}

function missing(model: string): Finding {
  return { verdict: "open", text: `${model} is not in the catalog.`, model, source: null };
}

function roundsTo(exact: number, claimed: number): boolean {
  return Math.abs(exact - claimed) <= claimed * ROUNDING_TOLERANCE;
}

function samePeriod(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

export function judgeCheck(check: ArticleCheck, ctx: JudgeContext): Finding[] {
  const find = (id: string) => ctx.catalog.find((e) => e.id === id);
  switch (check.type) {
    case "price": {
      const e = find(check.model);
      if (!e) return [missing(check.model)];
      const fact = e.pricing.standard[check.field];
      const source = sourceOf(e, fact.source);
      if (fact.value === null)
        return [{ verdict: "open", text: `${e.id}'s ${check.field} price is not published.`, model: e.id, source }];
      const said = `${e.id} ${check.field}: ${formatPrice(fact.value)} per 1M tokens`;
      if (!new Decimal(fact.value).eq(check.claimed)) {
        return [{ verdict: "wrong", text: `${said}, not ${formatPrice(check.claimed)}.`, model: e.id, source }];
      }
      return [{ ...lifecycleQualified(e, ctx.today, said), model: e.id, source }];
    }
    case "monthly-cost": {
      const e = find(check.model);
      if (!e) return [missing(check.model)];
      const source = sourceOf(e, e.pricing.standard.input.source);
      const cost = monthlyCost(toPricedModel(e), ctx.workload, "standard");
      if (!cost.ok) return [{ verdict: "open", text: `${e.id}: ${cost.message}`, model: e.id, source }];
      const priced = `${e.id} at today's prices: ${formatUsd(cost.perDay)} a day, ${formatUsd(cost.perMonth)} a month`;
      if (!new Decimal(cost.perDay).eq(check.claimedPerDay) || !new Decimal(cost.perMonth).eq(check.claimedPerMonth)) {
        return [{ verdict: "wrong", text: `${priced}, not ${formatUsd(check.claimedPerMonth)}.`, model: e.id, source }];
      }
      const finding: Finding = { ...lifecycleQualified(e, ctx.today, priced), model: e.id, source };
      const alt = ctx.cheapestLasting;
      if (standing(e.lifecycle, ctx.today) === "lasting" || !alt || alt.id === e.id) return [finding];
      return [
        finding,
        {
          verdict: "holds",
          text: `Today the same workload costs ${formatUsd(alt.perMonth)} a month on ${alt.id}.`,
          model: alt.id,
          source: null,
        },
      ];
    }
    case "limit": {
      const e = find(check.model);
      if (!e) return [missing(check.model)];
      const fact = e.limits[check.field];
      const source = sourceOf(e, fact.source);
      const what = check.field === "contextWindow" ? "context window" : "maximum output";
      if (fact.value === null) return [{ verdict: "open", text: `${e.id}'s ${what} is not published.`, model: e.id, source }];
      const exact = `${e.id}'s ${what} is ${formatTokens(fact.value)} tokens`;
      if (fact.value === check.claimed) return [{ verdict: "holds", text: `${exact}.`, model: e.id, source }];
      if (roundsTo(fact.value, check.claimed))
        return [{ verdict: "holds", text: `${exact} (the article rounded).`, model: e.id, source }];
      return [{ verdict: "wrong", text: `${exact}, not ${formatTokens(check.claimed)}.`, model: e.id, source }];
    }
    case "cutoff":
    case "release": {
      const e = find(check.model);
      if (!e) return [missing(check.model)];
      const fact = check.type === "cutoff" ? e.knowledgeCutoff : e.releaseDate;
      const source = sourceOf(e, fact.source);
      const what = check.type === "cutoff" ? "knowledge cutoff" : "release date";
      if (fact.value === null) return [{ verdict: "open", text: `${e.id}'s ${what} is not published.`, model: e.id, source }];
      const said = `${e.id}'s ${what}: ${formatDate(fact.value)}`;
      return samePeriod(fact.value, check.claimed)
        ? [{ verdict: "holds", text: `${said}.`, model: e.id, source }]
        : [{ verdict: "wrong", text: `${said}, not ${formatDate(check.claimed)}.`, model: e.id, source }];
    }
    case "benchmark": {
      const e = find(check.model);
      if (!e) return [missing(check.model)];
      const scores = e.benchmarks.filter((b) => b.name === check.benchmark);
      const [first] = scores;
      if (!first)
        return [{ verdict: "open", text: `No ${check.benchmark} score for ${e.id} in the catalog.`, model: e.id, source: null }];
      const tolerance = check.approximate ? APPROXIMATE_POINTS : 0;
      const match = scores.find((b) => Math.abs(b.value - check.claimed) <= tolerance);
      const b = match ?? first;
      const said = `${e.id} ${check.benchmark}: ${formatPercent(b.value)} (${b.reporter})`;
      return match
        ? [{ verdict: "holds", text: `${said}.`, model: e.id, source: sourceOf(e, b.source) }]
        : [
            {
              verdict: "wrong",
              text: `${said}, not ${formatPercent(check.claimed)}.`,
              model: e.id,
              source: sourceOf(e, b.source),
            },
          ];
    }
    case "image-input": {
      const e = find(check.model);
      if (!e) return [missing(check.model)];
      const fact = e.modalities.input;
      const source = sourceOf(e, fact.source);
      if (fact.value === null)
        return [{ verdict: "open", text: `${e.id}'s input modalities are not published.`, model: e.id, source }];
      const accepts = fact.value.includes("image");
      const said = `${e.id} ${accepts ? "accepts" : "does not accept"} image input`;
      return [{ verdict: accepts === check.claimed ? "holds" : "wrong", text: `${said}.`, model: e.id, source }];
    }
    case "recommendation": {
      const e = find(check.model);
      if (!e) return [missing(check.model)];
      const lc = e.lifecycle;
      const source = sourceOf(e, lc.source);
      switch (standing(lc, ctx.today)) {
        case "gone":
          return [
            {
              verdict: "dated",
              text: `${e.id} was shut down on ${formatDate(lc.shutdownDate)}: it can no longer be called.`,
              model: e.id,
              source,
            },
          ];
        case "leaving":
          return [
            {
              verdict: "dated",
              text: `${e.id} shuts down on ${formatDate(lc.shutdownDate)}: not a choice to build on today.`,
              model: e.id,
              source,
            },
          ];
        default:
          return [{ verdict: "holds", text: `${e.id} can still be called.`, model: e.id, source }];
      }
    }
    case "context-split": {
      const callable = lastingSmall(ctx);
      const within = callable.filter(
        (e) => e.limits.contextWindow.value !== null && e.limits.contextWindow.value <= check.tokens,
      );
      if (within.length) {
        return [
          {
            verdict: "holds",
            text: `Still a real question: ${within.map((e) => e.id).join(", ")} read ${formatTokens(check.tokens)} tokens or fewer.`,
            model: null,
            source: null,
          },
        ];
      }
      const smallest = Math.min(...callable.map((e) => e.limits.contextWindow.value ?? Infinity));
      return [
        {
          verdict: "dated",
          text: Number.isFinite(smallest)
            ? `Every small model you can build on today (callable for 90 days or more) reads more than ${formatTokens(check.tokens)} tokens (the smallest window is ${formatTokens(smallest)}): the question no longer separates them.`
            : `No small model you can build on today publishes a context window.`,
          model: null,
          source: null,
        },
      ];
    }
    case "image-split": {
      const callable = lastingSmall(ctx);
      const textOnly = callable.filter((e) => e.modalities.input.value !== null && !e.modalities.input.value.includes("image"));
      if (textOnly.length) {
        return [
          {
            verdict: "holds",
            text: `Still a real question: ${textOnly.map((e) => e.id).join(", ")} accept text only.`,
            model: null,
            source: null,
          },
        ];
      }
      return [
        {
          verdict: "dated",
          text: `All ${callable.length} small models you can build on today (callable for 90 days or more) accept image input: the question no longer separates them.`,
          model: null,
          source: null,
        },
      ];
    }
  }
}

/**
 * Small models (aliases and un-versioned IDs) you can build on today: callable past the warning
 * horizon. A decision step only matters if it separates these; a model leaving in weeks does not count.
 */
function lastingSmall(ctx: JudgeContext): CatalogEntry[] {
  return ctx.catalog.filter((e) => e.size === "small" && e.kind !== "snapshot" && standing(e.lifecycle, ctx.today) === "lasting");
}

/**
 * When a model's figures stopped being advice: its shutdown once gone, its deprecation notice
 * while it is leaving; null for a model you can still build on (or a date nobody published).
 */
function changedOn(e: CatalogEntry, today: string): string | null {
  const s = standing(e.lifecycle, today);
  if (s === "gone") return e.lifecycle.shutdownDate;
  if (s === "leaving") return e.lifecycle.noticeDate;
  return null;
}

function checkModels(check: ArticleCheck): string[] {
  return "model" in check ? [check.model] : [];
}

export function judgeClaim(claim: ArticleClaim, ctx: JudgeContext, sources: ArticleClaims["sources"]): JudgedClaim {
  if ("checks" in claim) {
    const findings = claim.checks.flatMap((c) => judgeCheck(c, ctx));
    const verdict = combineVerdicts(findings.map((f) => f.verdict));
    const dated = claim.checks
      .flatMap(checkModels)
      .map((id) => ctx.catalog.find((e) => e.id === id))
      .map((e) => (e ? changedOn(e, ctx.today) : null))
      .filter((d): d is string => d !== null)
      .sort();
    const recommendation = claim.checks.find((c) => c.type === "recommendation");
    return {
      id: claim.id,
      quote: claim.quote,
      verdict,
      findings,
      explanation: null,
      changedOn: verdict === "dated" ? (dated[0] ?? null) : null,
      sources: [],
      models: [...new Set(claim.checks.flatMap(checkModels))],
      priority: recommendation?.type === "recommendation" ? recommendation.priority : null,
    };
  }
  return {
    id: claim.id,
    quote: claim.quote,
    verdict: claim.verdict,
    findings: [],
    explanation: claim.explanation,
    changedOn: claim.changedOn ?? null,
    sources: claim.sources.map((key) => sources[key]).filter((s): s is Source => s !== undefined),
    models: claim.models,
    priority: null,
  };
}

export function judgeArticle(doc: ArticleClaims, ctx: JudgeContext): JudgedSection[] {
  return doc.sections.map((s) => ({ id: s.id, title: s.title, claims: s.claims.map((c) => judgeClaim(c, ctx, doc.sources)) }));
}

/** How many claims got each verdict, for the page's summary line. */
export function tally(sections: readonly JudgedSection[]): Record<Verdict, number> {
  const counts: Record<Verdict, number> = { holds: 0, wrong: 0, dated: 0, open: 0 };
  for (const s of sections) for (const c of s.claims) counts[c.verdict] += 1;
  return counts;
}
