/**
 * What the calculator names as the answer, by the headline rule (lib/catalog/headline.ts): the
 * cheapest shown model that stays callable past the warning horizon; a cheaper shown model that
 * shuts down sooner second, with its date; a cheaper shown model that is already gone only as a
 * note. When no shown model lasts (the article's scenario: its three models are retiring or shut
 * down), the cheapest lasting model of the whole calculator is named instead, as "not shown".
 * Shared by the summary bar and the share card, so both say the same thing.
 */
import { goneNote, headlinePickOf, soonerNote, type SoonerPick } from "@/lib/catalog/headline";
import { formatUsd } from "@/lib/format";

import type { CalculatorModel } from "./calculator-models";
import { calculatorRows, DEFAULT_SORT, type CalcRow } from "./calculator-rows";
import { Dec } from "./decimal";
import type { ServiceTier, Workload } from "./types";

export type CalcHeadline = {
  /** The cheapest shown model that lasts. */
  pick: CalcRow | null;
  /** With no lasting model shown: the cheapest lasting one among the others (not shown). */
  elsewhere: CalcRow | null;
  /** A cheaper shown model that shuts down within the horizon. */
  sooner: SoonerPick<CalcRow> | null;
  /** A cheaper shown model that can no longer be called. */
  gone: CalcRow | null;
};

const perMonth = (r: CalcRow) => (r.result.ok ? r.result.perMonth : null);
const cheaper = (a: CalcRow, b: CalcRow) => new Dec(perMonth(a) ?? 0).comparedTo(perMonth(b) ?? 0);
const priced = (rows: readonly CalcRow[]) => rows.filter((r) => r.result.ok);
const outlook = (r: CalcRow) => r.model.outlook;

/**
 * `others` are the same workload priced on models that are not shown (e.g. calculatorRows over
 * every model); only consulted when no shown model lasts.
 */
export function calculatorHeadline(rows: readonly CalcRow[], others: readonly CalcRow[] = []): CalcHeadline {
  const shown = priced(rows);
  const h = headlinePickOf(shown, { info: outlook, better: cheaper });
  const shownIds = new Set(rows.map((r) => r.model.id));
  const elsewhere = h.pick
    ? null
    : headlinePickOf(
        priced(others).filter((r) => !shownIds.has(r.model.id)),
        { info: outlook, better: cheaper },
      ).pick;
  const lead = h.pick ?? elsewhere;
  const sooner = h.sooner && (!lead || cheaper(h.sooner.item, lead) < 0) ? h.sooner : null;
  const gone = shown
    .filter((r) => outlook(r).standing === "gone")
    .reduce<CalcRow | null>((best, r) => (best === null || cheaper(r, best) < 0 ? r : best), null);
  return { pick: h.pick, elsewhere, sooner, gone: gone && (!lead || cheaper(gone, lead) < 0) ? gone : null };
}

/**
 * The headline of a calculator view: its rows, and (only when none of them lasts) every lasting
 * model of the calculator priced the same way. One call for the island and the share card.
 */
export function headlineFor(
  rows: readonly CalcRow[],
  models: readonly CalculatorModel[],
  workload: Workload,
  tier: ServiceTier,
): CalcHeadline {
  const lastingShown = rows.some((r) => r.result.ok && outlook(r).standing === "lasting");
  if (lastingShown) return calculatorHeadline(rows);
  const lasting = models.filter((m) => m.kind !== "snapshot" && m.outlook.standing === "lasting");
  return calculatorHeadline(
    rows,
    calculatorRows(lasting, workload, { tier, budget: null, requestsPerDay: null, sort: DEFAULT_SORT }),
  );
}

/** How the table marks the rows the headline names (the lead model may be one not shown). */
export type HeadlineMark = "pick" | "sooner" | "gone";

export function headlineMarks(h: CalcHeadline): ReadonlyMap<string, HeadlineMark> {
  const marks = new Map<string, HeadlineMark>();
  if (h.pick) marks.set(h.pick.model.id, "pick");
  if (h.sooner) marks.set(h.sooner.item.model.id, "sooner");
  if (h.gone) marks.set(h.gone.model.id, "gone");
  return marks;
}

const figure = (r: CalcRow) => `${formatUsd(perMonth(r))} a month`;

/**
 * The lead sentence in three parts, so a view can set the model ID apart:
 * "Cheapest model that stays callable: " + "gpt-6-luna" + " at $10.50 a month."
 */
export function headlineLead(h: CalcHeadline): { before: string; id: string; after: string } | null {
  if (h.pick) return { before: "Cheapest model that stays callable: ", id: h.pick.model.id, after: ` at ${figure(h.pick)}.` };
  if (h.elsewhere) {
    return {
      before: "None of the models shown stays callable past 90 days. Cheapest that does: ",
      id: h.elsewhere.model.id,
      after: ` at ${figure(h.elsewhere)} (not shown).`,
    };
  }
  return null;
}

/** The second lines: the sooner-retiring cheaper model with its date, then a cheaper gone one. */
export function headlineNotes(h: CalcHeadline): string[] {
  const notes: string[] = [];
  if (h.sooner) notes.push(soonerNote(h.sooner.item.model.id, figure(h.sooner.item), h.sooner));
  if (h.gone) notes.push(goneNote(h.gone.model.id, figure(h.gone), outlook(h.gone)));
  return notes;
}

/** The whole headline as plain text (share descriptions); null when nothing can be priced. */
export function headlineText(h: CalcHeadline): string | null {
  const lead = headlineLead(h);
  const notes = headlineNotes(h);
  if (!lead && !notes.length) return null;
  return [lead ? `${lead.before}${lead.id}${lead.after}` : "No shown model stays callable for more than 90 days.", ...notes].join(
    " ",
  );
}
