import { linkVariants } from "@/components/ui/link";
import { headlineLead, headlineNotes, type CalcHeadline } from "@/lib/cost/calculator-headline";
import type { CalcRow } from "@/lib/cost/calculator-rows";
import { formatUsd } from "@/lib/format";

/** Totals shown in the bar at most: more would take a phone's screen. */
const MAX_TOTALS = 4;

type Props = {
  headline: CalcHeadline;
  /** The focused models' rows, in focus order. */
  focused: readonly CalcRow[];
  /** Said when nothing shown can be priced. */
  empty: string | null;
};

/**
 * The answer while the sliders move: stuck to the bottom of the screen for as long as the
 * calculator is on it, so the cheapest model that stays callable and the focused models' totals
 * stay in sight two screens above the table.
 */
export function SummaryBar({ headline, focused, empty }: Props) {
  const lead = headlineLead(headline);
  const notes = headlineNotes(headline);
  const totals = focused.slice(0, MAX_TOTALS);
  return (
    <section
      aria-label="Cost summary"
      className="sticky bottom-2 z-20 rounded-lg border border-line-strong bg-surface-raised/95 px-3 py-2 text-sm shadow-lg backdrop-blur lg:col-span-2"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
        <p role="status" className="min-w-0 flex-1">
          {lead ? (
            <>
              {lead.before}
              <strong className="font-mono font-semibold whitespace-nowrap">{lead.id}</strong>
              {lead.after}
            </>
          ) : (
            empty
          )}
          {notes.map((n) => (
            <span key={n} className="block text-xs text-fg-muted">
              {n}
            </span>
          ))}
        </p>
        <a href="#results-h" className={linkVariants({ className: "shrink-0 text-xs" })}>
          Every cost
        </a>
      </div>
      {totals.length ? (
        <ul aria-label="Focused models" className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-xs">
          {totals.map((r) => (
            <li key={r.model.id} className="tabular-nums">
              <span className="font-mono">{r.model.id}</span>{" "}
              <strong className="font-semibold">{r.result.ok ? formatUsd(r.result.perMonth) : "—"}</strong>
            </li>
          ))}
          {focused.length > totals.length ? <li className="text-fg-subtle">+{focused.length - totals.length} more</li> : null}
        </ul>
      ) : null}
    </section>
  );
}
