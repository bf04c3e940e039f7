import { createParser } from "nuqs/server";
import { describe, expect, it } from "vitest";

import { asOfDay, asOfParam, isAsOfInRange, latestAsOf, sanitizeAsOf } from "./as-of";
import { findIgnoredParams } from "./ignored";
import { parseAsStrictBoolean } from "./parsers";

describe("findIgnoredParams", () => {
  it("reads each parser's value under its URL key, or under its own name when it has none", () => {
    const parsers = { diffOnly: parseAsStrictBoolean, flag: parseAsStrictBoolean };
    expect(findIgnoredParams({ d: "maybe", flag: "nope", diffOnly: "1" }, parsers, { diffOnly: "d" })).toEqual([
      { key: "d", value: "maybe" },
      { key: "flag", value: "nope" },
    ]);
    expect(findIgnoredParams({ d: "1", flag: "0" }, parsers, { diffOnly: "d" })).toEqual([]);
  });

  it("checks the first value of a repeated key, and skips absent ones", () => {
    const parsers = { flag: parseAsStrictBoolean };
    expect(findIgnoredParams({ flag: ["1", "maybe"] }, parsers, {})).toEqual([]);
    expect(findIgnoredParams({ flag: ["maybe", "1"] }, parsers, {})).toEqual([{ key: "flag", value: "maybe" }]);
    expect(findIgnoredParams({ flag: undefined }, parsers, {})).toEqual([]);
  });

  it("counts a parser that throws as unreadable, and quotes at most 60 characters", () => {
    const throwing = createParser<string>({
      parse: () => {
        throw new Error("bad");
      },
      serialize: (v) => v,
    });
    expect(findIgnoredParams({ t: "x".repeat(80) }, { t: throwing }, {})).toEqual([{ key: "t", value: `${"x".repeat(60)}…` }]);
  });

  it("runs the extra check with the parsed and the raw value; no check means readable is enough", () => {
    const seen: unknown[] = [];
    const validate = {
      flag: (parsed: unknown, raw: string) => {
        seen.push([parsed, raw]);
        return parsed === true;
      },
    };
    const parsers = { flag: parseAsStrictBoolean, other: parseAsStrictBoolean };
    expect(findIgnoredParams({ flag: "false", other: "0" }, parsers, {}, validate)).toEqual([{ key: "flag", value: "false" }]);
    expect(seen).toEqual([[false, "false"]]);
    expect(findIgnoredParams({ flag: "true" }, parsers, {}, validate)).toEqual([]);
  });
});

describe("the as-of day's edges", () => {
  const today = "2026-12-02";

  it("keeps a linked day in range that is not today; drops today, a day out of range and none", () => {
    expect(sanitizeAsOf("2025-04-15", today)).toBe("2025-04-15");
    expect(sanitizeAsOf(today, today)).toBeNull();
    expect(sanitizeAsOf(null, today)).toBeNull();
    expect(sanitizeAsOf("2019-12-31", today)).toBeNull();
    expect(sanitizeAsOf("2027-12-03", today)).toBeNull();
    expect(sanitizeAsOf("2027-12-02", today)).toBe("2027-12-02");
  });

  it("includes both ends of the range", () => {
    expect(isAsOfInRange("2020-01-01", today)).toBe(true);
    expect(isAsOfInRange(latestAsOf(today), today)).toBe(true);
    expect(latestAsOf(today)).toBe("2027-12-02");
  });

  it("the control writes the first and last days of the range, and nothing past them", () => {
    expect(asOfParam("2020-01-01", today)).toBe("2020-01-01");
    expect(asOfParam("2027-12-02", today)).toBe("2027-12-02");
    expect(asOfParam("2027-12-03", today)).toBeUndefined();
    expect(asOfParam("2025-02-30", today)).toBeUndefined();
    expect(asOfDay(null, today)).toBe(today);
  });
});
