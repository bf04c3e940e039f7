import { describe, expect, it } from "vitest";

import {
  formatCompact,
  formatDate,
  formatMultiplier,
  formatPercent,
  formatPrice,
  formatTokens,
  formatTokensShort,
  formatUsd,
  formatUsdCompact,
  formatUsdDelta,
  formatUsdPrecise,
  formatWhole,
} from "./format";

describe("format", () => {
  it("prints exact token counts with separators", () => {
    expect(formatTokens(1047576)).toBe("1,047,576");
    expect(formatTokens(null)).toBe("not published");
  });
  it("shortens token counts for tight spaces", () => {
    expect(formatTokensShort(1047576)).toBe("1.05M");
    expect(formatTokensShort(1050000)).toBe("1.05M");
    expect(formatTokensShort(2_000_000)).toBe("2M");
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

describe("formatUsd", () => {
  it("prints exact decimal strings as dollars and cents", () => {
    expect(formatUsd("13.5")).toBe("$13.50");
    expect(formatUsd("0")).toBe("$0.00");
    expect(formatUsd("12345678901.235")).toBe("$12,345,678,901.24");
  });
  it("keeps sub-cent amounts readable instead of $0.00", () => {
    expect(formatUsd("0.0035")).toBe("$0.0035");
    expect(formatUsd("0.000123456")).toBe("$0.00012");
  });
  it("says not published for missing or garbage amounts", () => {
    expect(formatUsd(null)).toBe("not published");
    expect(formatUsd("NaN")).toBe("not published");
  });
  it("signs differences", () => {
    expect(formatUsdDelta("-3")).toBe("-$3.00");
    expect(formatUsdDelta("3")).toBe("+$3.00");
    expect(formatUsdDelta("0")).toBe("$0.00");
    expect(formatUsdDelta("-0.004")).toBe("-$0.004");
  });
});

describe("more money and volumes from exact decimal strings", () => {
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
    for (const bad of ["NaN", "Infinity", "", "abc"]) expect(formatUsd(bad)).toBe("not published");
    expect(formatUsd("1e21")).toBe("$1,000,000,000,000,000,000,000.00");
    expect(formatUsdPrecise("1e21")).toBe("—");
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
