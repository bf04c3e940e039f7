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
import { daysUntilShutdown, effectiveStatus, isRetiringSoon } from "@/lib/catalog/lifecycle";
import { monthlyCost } from "@/lib/cost/price";

import { audioAvailable, exclusionReasons, inputLimitOf } from "./eligibility";
import { orderModels } from "./order";
import { givesUpText, warningsFor, whenOtherText, whyText } from "./reasons";
import type { Candidate, Pick, RankedModel, Recommendation, RuledOut, WizardAnswers } from "./types";

export const SHORTLIST_SIZE = 3;

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

  const notes: string[] = [];
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
  return { shortlist, ranked, ruledOut, notes };
}
