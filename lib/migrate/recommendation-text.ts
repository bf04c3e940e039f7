/** The planner's recommendation in words: why the pick leads, who names what, what each option costs and lacks. */
import { soonerNote } from "@/lib/catalog/headline";
import { formatDate, formatUsd, formatUsdDelta } from "@/lib/format";

import { requirementsText } from "./capabilities";
import type { Destination, Recommendation } from "./recommendation";

const list = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;

/** "$10.50 a month" on the planner's workload; null when it cannot be priced. */
export function monthlyText(d: Destination): string | null {
  return d.cost?.after?.ok ? `${formatUsd(d.cost.after.perMonth)} a month` : null;
}

/**
 * What one option costs against today's model: "$10.50 a month: +$1.50 (+16.7%) against
 * gpt-4.1-nano's $9.00", or why it has no figure.
 */
export function destinationCostText(d: Destination, fromId: string): string {
  if (!d.model || !d.cost) return `${d.id} is not in this catalog yet: no sourced price.`;
  const { before, after, deltaPerMonth, deltaPercent } = d.cost;
  if (!after?.ok) return after ? `Cannot be priced: ${after.message}` : "Cannot be priced.";
  const month = `${formatUsd(after.perMonth)} a month`;
  if (deltaPerMonth === null || !before.ok) return `${month} (${fromId} has no price to compare with).`;
  if (Number(deltaPerMonth) === 0) return `${month}: the same as ${fromId}'s ${formatUsd(before.perMonth)}.`;
  const percent = deltaPercent === null ? "" : ` (${deltaPercent.startsWith("-") ? "" : "+"}${deltaPercent}%)`;
  return `${month}: ${formatUsdDelta(deltaPerMonth)}${percent} against ${fromId}'s ${formatUsd(before.perMonth)}.`;
}

/** Whether an option meets the old model's capabilities, and what it lacks. */
export function destinationFitText(d: Destination, fromId: string): string | null {
  if (!d.unmet) return null;
  if (!d.unmet.length) return `Meets ${fromId}'s capabilities.`;
  return `Lacks what ${fromId} offers: ${requirementsText(d.unmet)}.`;
}

/** An option that may not headline says when it stops; null for one that lasts. */
export function destinationLifeText(d: Destination): string | null {
  if (d.standing === "gone")
    return d.status === "shutdown"
      ? `Shut down on ${formatDate(d.shutdownDate)}: calls to it fail.`
      : "Status unknown: not safe to recommend.";
  if (d.standing === "leaving" && d.shutdownDate && d.daysLeft !== null)
    return soonerNote(d.id, monthlyText(d) ?? "callable", { shutdownDate: d.shutdownDate, daysLeft: d.daysLeft });
  return null;
}

/** Why a named replacement cannot lead: "gpt-5.6-terra is not in this catalog yet". */
function cannotLead(d: Destination): string {
  if (!d.model) return `${d.id} is not in this catalog yet`;
  if (d.standing === "leaving" && d.shutdownDate) return `${d.id} shuts down on ${formatDate(d.shutdownDate)}`;
  return d.status === "shutdown" ? `${d.id} is shut down` : `${d.id}'s status is unknown`;
}

/** Why the pick leads, in one or two sentences. */
export function pickReasonText(r: Recommendation, fromId: string): string | null {
  const { pick, reason } = r;
  if (!pick) {
    return r.named.length
      ? `None of the named replacements can be recommended (${r.named.map(cannotLead).join("; ")}), and no callable model in this catalog meets ${fromId}'s capabilities.`
      : null;
  }
  if (reason === "named") {
    return pick.official
      ? `OpenAI's own guidance names ${pick.id} as the replacement.`
      : `Our sources name ${pick.id} as the replacement (third-party readings of OpenAI's notices).`;
  }
  const instead = `${pick.id} is the cheapest callable model that meets ${fromId}'s capabilities.`;
  return r.named.length ? `${r.named.map(cannotLead).join("; ")}. ${instead}` : `Our sources name no replacement. ${instead}`;
}

/**
 * Which replacement OpenAI's own guidance names, or that none of ours is OpenAI's; null when
 * the pick's reason already says it (pickReasonText) or no source names any.
 */
export function officialText(r: Recommendation): string | null {
  const official = r.named.filter((d) => d.official).map((d) => d.id);
  if (official.length === 1 && r.reason === "named" && r.pick?.id === official[0]) return null;
  if (official.length) return `OpenAI's own guidance names ${list(official)}.`;
  return r.named.length
    ? "None of the replacements named here comes from OpenAI's own pages: they are third-party readings."
    : null;
}

/** The second line of the headline rule: a cheaper model that qualifies but shuts down sooner. */
export function soonerFitText(r: Recommendation): string | null {
  const s = r.soonerFit;
  if (!s) return null;
  return `${soonerNote(s.destination.id, monthlyText(s.destination) ?? "cheaper", s)} It meets the capabilities, but is not recommended first.`;
}

/**
 * Every option the planner shows, once each: the pick first, then the named replacements (in
 * the data's order), the cheapest model that fits and a cheaper one retiring sooner.
 */
export function destinationsShown(r: Recommendation): Destination[] {
  const shown: Destination[] = [];
  for (const d of [r.pick, ...r.named, r.cheapestFit, r.soonerFit?.destination ?? null])
    if (d && !shown.some((x) => x.id === d.id)) shown.push(d);
  return shown;
}
