import { describe, expect, it } from "vitest";

import { fixtureCatalog, FIXTURE_TODAY as TODAY } from "@/lib/catalog/fixture.test-helpers";

import { calculatorHeadline, headlineFor, headlineLead, headlineMarks, headlineNotes, headlineText } from "./calculator-headline";
import { toCalculatorModels } from "./calculator-models";
import { calculatorRows, visibleModels } from "./calculator-rows";
import { DEFAULT_INPUTS, toWorkload } from "./workload";

const byMonth = { tier: "standard", budget: null, requestsPerDay: null, sort: { column: "month", desc: false } } as const;
const workload = toWorkload(DEFAULT_INPUTS);

/** The calculator's rows for a view, and every model priced the same way (the "others"). */
function view(today: string, o: { includeRetired?: boolean; focus?: string[]; tier?: "standard" | "flex" } = {}) {
  const models = toCalculatorModels(fixtureCatalog, today);
  const opts = { ...byMonth, tier: o.tier ?? "standard" };
  const { visible } = visibleModels(models, {
    includeRetired: o.includeRetired ?? false,
    includeSnapshots: false,
    focus: o.focus ?? [],
  });
  return { rows: calculatorRows(visible, workload, opts), all: calculatorRows(models, workload, opts) };
}

// The article's workload (1M input + 500K output tokens a day, 30 days) on the fixture, a month:
// delta-nano (0.05 + 0.40 / 2) × 30 = $7.50, retiring Dec 11, 2026 (16 days after Nov 25);
// gamma-nano (0.10 + 0.20) × 30 = $9.00, shut down Oct 23, 2026; beta-lite (0.10 + 0.25) × 30 = $10.50;
// alpha-nano (0.10 + 0.275) × 30 = $11.25; gamma-mini (0.40 + 0.50) × 30 = $27.00, retiring Jan 14, 2027.
describe("calculatorHeadline (fixture catalog, today 2026-11-25)", () => {
  it("crowns the cheapest lasting model and names the cheaper retiring one second, with its date", () => {
    const { rows, all } = view(TODAY);
    const h = calculatorHeadline(rows, all);
    expect([h.pick?.model.id, h.elsewhere, h.sooner?.item.model.id, h.gone]).toEqual(["beta-lite", null, "delta-nano", null]);
    expect(headlineLead(h)).toEqual({
      before: "Cheapest model that stays callable: ",
      id: "beta-lite",
      after: " at $10.50 a month.",
    });
    expect(headlineNotes(h)).toEqual(["delta-nano is $7.50 a month but shuts down on Dec 11, 2026 (in 16 days)."]);
    expect([...headlineMarks(h)]).toEqual([
      ["beta-lite", "pick"],
      ["delta-nano", "sooner"],
    ]);
  });

  it("with no lasting model shown, names the cheapest lasting one elsewhere and a cheaper shut-down one as a note", () => {
    const { rows, all } = view(TODAY, { includeRetired: true, focus: ["gamma-nano", "gamma-mini"] });
    const h = calculatorHeadline(rows, all);
    // gamma-mini ($27.00) retires sooner but is dearer than beta-lite ($10.50): not named.
    expect([h.pick, h.elsewhere?.model.id, h.sooner, h.gone?.model.id]).toEqual([null, "beta-lite", null, "gamma-nano"]);
    expect(headlineText(h)).toBe(
      "None of the models shown stays callable past 90 days. Cheapest that does: beta-lite at $10.50 a month (not shown). " +
        "gamma-nano would be $9.00 a month but was shut down on Oct 23, 2026.",
    );
  });

  it("keeps a shown retiring model that is cheaper than the lasting one named from elsewhere", () => {
    const { rows, all } = view(TODAY, { focus: ["delta-nano", "gamma-mini"] });
    const h = calculatorHeadline(rows, all);
    expect([h.elsewhere?.model.id, h.sooner?.item.model.id, h.sooner?.daysLeft]).toEqual(["beta-lite", "delta-nano", 16]);
  });

  it("the day delta-nano shuts down it is no longer named (retired models are hidden by default)", () => {
    const { rows, all } = view("2026-12-11");
    expect(headlineText(calculatorHeadline(rows, all))).toBe("Cheapest model that stays callable: beta-lite at $10.50 a month.");
  });

  it("says nothing when no shown model can be priced", () => {
    expect(headlineText(calculatorHeadline([], []))).toBeNull();
    expect(headlineLead(calculatorHeadline([], []))).toBeNull();
  });

  it("without the other models, a view of only retiring models names the best of them second and crowns nobody", () => {
    const { rows } = view(TODAY, { focus: ["delta-nano", "gamma-mini"] });
    const h = calculatorHeadline(rows);
    expect(headlineText(h)).toBe(
      "No shown model stays callable for more than 90 days. delta-nano is $7.50 a month but shuts down on Dec 11, 2026 (in 16 days).",
    );
  });
});

describe("headlineFor", () => {
  it("prices the other lasting models only when no shown model lasts", () => {
    const models = toCalculatorModels(fixtureCatalog, TODAY);
    const { rows } = view(TODAY, { includeRetired: true, focus: ["gamma-nano", "gamma-mini"] });
    const h = headlineFor(rows, models, workload, "standard");
    expect(h.elsewhere?.model.id).toBe("beta-lite");
    const shown = view(TODAY).rows;
    expect(headlineFor(shown, models, workload, "standard")).toEqual(calculatorHeadline(shown));
  });
});
