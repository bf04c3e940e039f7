/**
 * The wizard's ranking: answers + candidates + today → a ranked shortlist with reasons.
 * Pure and deterministic: the same inputs give the same list, on the server and in the browser.
 *
 * 1. Eligibility (hard rules; every other model is listed as ruled out, with each reason):
 *    - small models only: a "full-size" reference row is not a small model;
 *    - callable today (lifecycle.ts `isCallable`): shut-down models are never recommended, and a
 *      model whose status is unknown is excluded because we cannot say it still answers;
 *    - the largest input fits: maxInput when published, else the context window (unknown → out);
 *    - image input, when the user has images (unknown → out);
 *    - audio input, when needed AND some callable small model takes audio. When none does, the
 *      result says so plainly and ranks for transcribed text instead of returning nothing;
 *    - a Standard-tier price, so the workload can be priced.
 * 2. Lifecycle groups: models that shut down within RETIRING_SOON_DAYS (90) rank after EVERY
 *    eligible model that does not. This is stronger than "below equal active ones" on purpose:
 *    the wizard picks a model for new work, and one that stops answering within three months
 *    forces a second migration, whatever it saves. They stay on the list, with a warning, when
 *    fewer than three longer-lived models fit.
 * 3. Within a group, repeatedly take the best remaining model on the primary priority
 *    (cost: lowest monthly cost for the workload, Standard tier; quality: the QualitySignal of
 *    candidates.ts, higher first, a GPQA Diamond score before an MMLU-only one before unknown;
 *    speed: measured output tokens/s, higher first, unknown last). If a second priority is set,
 *    every remaining model "about equal" to that leader on the primary (BANDS below) competes,
 *    and the best of them on the second priority is taken instead.
 * 4. Ties (equal on the deciding priorities, e.g. two models with unknown quality) are broken by,
 *    in order: active before deprecated; lower monthly cost; larger input limit; newer release;
 *    model ID alphabetically. The last rule makes the order total, so it never depends on input order.
 *
 * Step 1 lives in eligibility.ts, steps 2–4 in order.ts, the reasons' wording in reasons.ts;
 * this module runs them in turn.
 */
import { headlinePickOf, type StandingInfo } from "@/lib/catalog/headline";
import { daysUntilShutdown, effectiveStatus, isRetiringSoon } from "@/lib/catalog/lifecycle";
import { monthlyCost } from "@/lib/cost/price";

import { audioAvailable, exclusionReasons, inputLimitOf } from "./eligibility";
import { compareOn, orderModels, tieBreak } from "./order";
import { givesUpText, warningsFor, whenOtherText, whyText } from "./reasons";
import type { Candidate, Pick, RankedModel, Recommendation, RuledOut, WizardAnswers } from "./types";

export const SHORTLIST_SIZE = 3;

/** Said first when every model that fits shuts down within 90 days: the list is not a recommendation. */
export const NO_LASTING_NOTE =
  "No model that fits your answers stays callable for more than 90 days. The models below still answer, for now: they are listed by your priorities, not recommended. Plan the next migration before you start, or loosen an answer (the largest input is the usual cause).";

/** A ranked model's standing for the headline rule: eligible models are callable, so lasting or leaving. */
const standingOf = (m: RankedModel): StandingInfo => ({
  standing: m.retiringSoon ? "leaving" : "lasting",
  shutdownDate: m.candidate.lifecycle.shutdownDate,
  daysLeft: m.daysToShutdown,
});

export function recommend(answers: WizardAnswers, candidates: readonly Candidate[], today: string): Recommendation {
  const audioFilter = answers.audio && audioAvailable(candidates, today);
  const eligible: RankedModel[] = [];
  const ruledOut: RuledOut[] = [];
  for (const c of candidates) {
    if (c.kind === "snapshot") continue;
    const reasons = exclusionReasons(c, answers, today, audioFilter);
    const status = effectiveStatus(c.lifecycle, today);
    const cost = reasons.length ? null : monthlyCost(c.priced, answers.workload, "standard");
    if (cost && !cost.ok) reasons.push({ code: "no-price", text: cost.message });
    if (reasons.length || !cost || !cost.ok) {
      ruledOut.push({ id: c.id, displayName: c.displayName, status, reasons });
      continue;
    }
    eligible.push({
      candidate: c,
      status,
      daysToShutdown: daysUntilShutdown(c.lifecycle, today),
      retiringSoon: isRetiringSoon(c.lifecycle, today),
      cost,
      inputLimit: inputLimitOf(c) ?? 0,
    });
  }
  ruledOut.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

  const ordered = orderModels(eligible, answers.primary, answers.secondary);
  const ranked = ordered.map((o) => o.model);
  const head = ordered.slice(0, SHORTLIST_SIZE);
  const shortlist: Pick[] = head.map((o, i) => ({
    ...o.model,
    rank: i + 1,
    why: whyText(o, i, ordered, answers),
    givesUp: givesUpText(
      o.model,
      head.filter((x) => x !== o).map((x) => x.model),
    ),
    whenOther: whenOtherText(o.model, ranked, answers),
    warnings: warningsFor(o.model),
  }));

  // The ranking's first lasting model is the pick (a second priority may rank it above the
  // primary's best); the best retiring model on the primary is named second when it beats it.
  const best = headlinePickOf(ranked, {
    info: standingOf,
    better: (a, b) => compareOn(answers.primary, a, b) || tieBreak(a, b).cmp,
  });
  const pick = ranked.find((m) => !m.retiringSoon) ?? null;
  const sooner = best.sooner && (!pick || compareOn(answers.primary, best.sooner.item, pick) < 0) ? best.sooner : null;

  const notes: string[] = [];
  if (shortlist.length && !pick) notes.push(NO_LASTING_NOTE);
  if (answers.audio && !audioFilter) {
    notes.push(
      "No small model in this catalog takes audio input: they all take text (and most take images). Transcribe audio to text first, with a separate speech-to-text step priced on its own; this shortlist assumes you do.",
    );
  }
  if (shortlist.some((p) => p.candidate.reasoning.supported)) {
    notes.push(
      'Costs assume no reasoning tokens (reasoning effort "none" where the model offers it). Reasoning tokens are billed as output, so higher effort costs more: the evaluation script measures them.',
    );
  }
  if (shortlist.some((p) => p.candidate.quality?.setting)) {
    notes.push(
      "Quality figures are the makers' own, some measured at high reasoning effort; they are not comparable across benchmarks.",
    );
  }
  return { shortlist, headline: { pick, sooner }, ranked, ruledOut, notes };
}
