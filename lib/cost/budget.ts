/**
 * Budget mode: a monthly budget in dollars → how much of this workload each model buys.
 * Price is linear in volume for a fixed request shape (the long-context surcharge depends on
 * the size of one request, not on how many there are), so the budget buys the workload scaled
 * by budget ÷ monthly cost, rounded down to whole tokens and requests.
 */
import { Dec } from "./decimal";
import type { CostResult, Workload } from "./types";

/** A billion dollars a month: beyond that the question is not this calculator's. */
const BUDGET_MAX = 1_000_000_000;

type ParsedBudget = { ok: true; value: string; message?: string } | { ok: false; message: string };

/** Reads "$1,200.50", "1200", "1.2k": dollars with at most cents. Returns a canonical decimal string. */
export function parseBudget(text: string): ParsedBudget {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[\s,_$]/g, "")
    .replace(/^usd/, "");
  if (t === "") return { ok: false, message: "Enter a monthly budget in dollars." };
  if (t.startsWith("-")) return { ok: false, message: "A budget cannot be negative." };
  const m = /^(\d+(?:\.\d+)?|\.\d+)(k|m)?$/.exec(t);
  if (!m) return { ok: false, message: `“${text.trim().slice(0, 20)}” is not an amount in dollars (try 250 or 1.5k).` };
  const value = new Dec(m[1]!).mul(m[2] === "k" ? 1e3 : m[2] === "m" ? 1e6 : 1);
  if (value.decimalPlaces() > 2) return { ok: false, message: "Enter the budget in dollars and cents (at most two decimals)." };
  if (value.isZero()) return { ok: false, message: "Enter a budget above $0." };
  if (value.gt(BUDGET_MAX)) {
    return { ok: true, value: String(BUDGET_MAX), message: `Capped at $${BUDGET_MAX.toLocaleString("en-US")} a month.` };
  }
  return { ok: true, value: value.toFixed() };
}

/** A canonical budget string from the URL, or null when it is not one (0 < b ≤ max, cents). */
export function isBudgetString(s: string): boolean {
  if (!/^\d{1,10}(\.\d{1,2})?$/.test(s)) return false;
  const d = new Dec(s);
  return d.gt(0) && d.lte(BUDGET_MAX);
}

export type BudgetCapacity =
  | {
      ok: true;
      /** Budget ÷ monthly cost: how many times the described workload the budget pays for. */
      times: string;
      /** Billed tokens a month (input, cached input, output, reasoning) the budget buys. */
      tokensPerMonth: string;
      /** Requests a month, when requests are described. */
      requestsPerMonth: string | null;
    }
  | { ok: false; reason: "free" | "not-priced" };

export function budgetCapacity(
  result: CostResult,
  budgetPerMonth: string,
  workload: Workload,
  requestsPerDay: number | null,
): BudgetCapacity {
  if (!result.ok) return { ok: false, reason: "not-priced" };
  const perMonth = new Dec(result.perMonth);
  if (perMonth.isZero()) return { ok: false, reason: "free" };
  const budget = new Dec(budgetPerMonth);
  const billedPerDay = result.lines
    .filter((l) => l.kind === "input" || l.kind === "cachedInput" || l.kind === "output" || l.kind === "reasoning")
    .reduce((sum, l) => sum.add(l.tokensPerDay), new Dec(0));
  const days = workload.daysPerMonth;
  return {
    ok: true,
    times: budget.div(perMonth).toDecimalPlaces(2, Dec.ROUND_DOWN).toFixed(),
    tokensPerMonth: budget.mul(billedPerDay).mul(days).div(perMonth).floor().toFixed(),
    requestsPerMonth: requestsPerDay === null ? null : budget.mul(requestsPerDay).mul(days).div(perMonth).floor().toFixed(),
  };
}
