import { describe, expect, it } from "vitest";
import { formatDate, formatPercent, formatPrice, formatTokens, formatTokensShort } from "./format";

describe("format", () => {
  it("prints exact token counts with separators", () => {
    expect(formatTokens(1047576)).toBe("1,047,576");
    expect(formatTokens(null)).toBe("not published");
  });
  it("shortens token counts for tight spaces", () => {
    expect(formatTokensShort(1047576)).toBe("1M");
    expect(formatTokensShort(1050000)).toBe("1.1M");
    expect(formatTokensShort(128000)).toBe("128K");
    expect(formatTokensShort(512)).toBe("512");
  });
  it("prints prices with at least cents and up to four decimals", () => {
    expect(formatPrice(0.4)).toBe("$0.40");
    expect(formatPrice(0.0025)).toBe("$0.0025");
    expect(formatPrice(12)).toBe("$12.00");
    expect(formatPrice(undefined)).toBe("not published");
  });
  it("prints dates in UTC, months alone when only a month is known", () => {
    expect(formatDate("2026-11-25")).toBe("Nov 25, 2026");
    expect(formatDate("2024-06")).toBe("Jun 2024");
    expect(formatDate(null)).toBe("not published");
  });
  it("prints percents", () => {
    expect(formatPercent(87.5)).toBe("87.5%");
    expect(formatPercent(80)).toBe("80%");
  });
});

import { formatCompact, formatMultiplier, formatUsd, formatUsdCompact, formatUsdPrecise, formatWhole } from "./format";

describe("money and volumes from exact decimal strings", () => {
  it("formats money to the cent from the decimal string, without float artefacts", () => {
    expect(formatUsd("9")).toBe("$9.00");
    expect(formatUsd("13.5")).toBe("$13.50");
    expect(formatUsd("0.30000000000000004")).toBe("$0.30");
    expect(formatUsd("0")).toBe("$0.00");
    // 17 significant digits would lose the cents through a double; the string keeps them.
    expect(formatUsd("123456789012345.67")).toBe("$123,456,789,012,345.67");
  });
  it("keeps sub-cent amounts visible instead of $0.00", () => {
    expect(formatUsd("0.0025")).toBe("$0.0025");
    expect(formatUsd("0.000125")).toBe("$0.00013");
    expect(formatUsd("0.01")).toBe("$0.01");
  });
  it("never prints NaN, Infinity or exponent notation", () => {
    for (const bad of ["NaN", "Infinity", "1e21", "", "abc"]) expect(formatUsd(bad)).toBe("—");
    expect(formatWhole(1e21)).toBe("—");
    expect(formatWhole(Number.NaN)).toBe("—");
  });
  it("prints show-the-math amounts to the micro-dollar", () => {
    expect(formatUsdPrecise("0.000125")).toBe("$0.000125");
    expect(formatUsdPrecise("0.3")).toBe("$0.30");
  });
  it("prints counts, multipliers and axis ticks", () => {
    expect(formatWhole("1000000000000")).toBe("1,000,000,000,000");
    expect(formatWhole(1500000)).toBe("1,500,000");
    expect(formatMultiplier("1.5")).toBe("1.5×");
    expect(formatMultiplier("4")).toBe("4×");
    expect(formatMultiplier("1.1666")).toBe("1.17×");
    expect(formatCompact(1_500_000)).toBe("1.5M");
    expect(formatCompact(1e11)).toBe("100B");
    expect(formatUsdCompact(1234)).toBe("$1.2K");
    expect(formatUsdCompact(9)).toBe("$9.00");
  });
});
