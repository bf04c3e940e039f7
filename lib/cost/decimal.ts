/**
 * The decimal type of all money arithmetic. decimal.js rounds every operation to `precision`
 * significant digits (20 by default); 10^15 tokens a day at a rate with four decimals, times 31
 * days and 12 months, needs more, so money uses its own constructor with room to spare.
 */
import Decimal from "decimal.js";

export const Dec = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -60, toExpPos: 60 });
export type Dec = Decimal;
