import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { describeJsonError, jsonErrorAt, sniff, stripBom } from "./detect";

describe("sniff", () => {
  it("recognises JSON and CSV by content", () => {
    expect(sniff('  {"object": "page"}')).toEqual({ kind: "json" });
    expect(sniff("\ufeff[{}]")).toEqual({ kind: "json" });
    expect(sniff("start_time,end_time\n1,2\n")).toEqual({ kind: "csv" });
  });

  it("names the files users load by mistake", () => {
    expect(sniff("")).toMatchObject({ kind: "problem", code: "empty" });
    expect(sniff("  \n ")).toMatchObject({ kind: "problem", code: "empty" });
    expect(sniff("%PDF-1.7\n...")).toMatchObject({ kind: "problem", code: "binary", message: expect.stringContaining("a PDF") });
    expect(sniff("PK\u0003\u0004xl/workbook")).toMatchObject({
      kind: "problem",
      code: "binary",
      message: expect.stringContaining("ZIP"),
    });
    expect(sniff("abc\u0000def")).toMatchObject({ kind: "problem", code: "binary" });
    expect(sniff("hello world\nno commas here")).toMatchObject({ kind: "problem", code: "not-json-or-csv" });
  });

  it("says an HTML error page is one, with its title", () => {
    const r = sniff("<!DOCTYPE html>\n<html><head><title>Sign in - OpenAI</title></head>");
    expect(r).toMatchObject({ kind: "problem", code: "html" });
    expect(r.kind === "problem" && r.message).toContain("titled “Sign in - OpenAI”");
  });

  it("strips a byte-order mark", () => {
    expect(stripBom("\ufeffa")).toBe("a");
    expect(stripBom("a")).toBe("a");
  });
});

describe("jsonErrorAt", () => {
  it("accepts what JSON.parse accepts", () => {
    for (const text of ['{"a": [1, -2.5e3, true, null, "x\\"y\\u00e9"], "b": {}}', "[]", " 0 ", '"s"']) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(jsonErrorAt(text)).toBeNull();
    }
  });

  it("finds the first error", () => {
    expect(jsonErrorAt('{"a": 1,}')).toEqual({ at: 8, expected: "a property name in double quotes" });
    expect(jsonErrorAt("[1 2]")).toEqual({ at: 3, expected: "“,” or a closing bracket" });
    expect(jsonErrorAt("{'a': 1}")).toEqual({ at: 1, expected: "a property name in double quotes or “}”" });
    expect(jsonErrorAt("[01]")).toEqual({ at: 2, expected: "“,” or a closing bracket" });
    expect(jsonErrorAt("{} x")).toEqual({ at: 3, expected: "“,” or a closing bracket" });
  });

  it("agrees with JSON.parse on random text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string({ maxLength: 30 }),
          fc.json().map((j) => j.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          expect(jsonErrorAt(text) === null).toBe(valid);
        },
      ),
    );
  });
});

describe("describeJsonError", () => {
  it("calls JSON that ends inside an object or a string truncated", () => {
    for (const text of ['{"object": "page", "data": [', '[{"a": "unterminated', '{"a": {"b": 1}']) {
      expect(describeJsonError(text)).toMatchObject({ code: "truncated-json" });
    }
  });

  it("locates a syntax error by line and column", () => {
    const text = '{\n  "a": 1,\n  "b": oops\n}';
    const r = describeJsonError(text);
    expect(r.code).toBe("invalid-json");
    expect(r.message).toBe('This is not valid JSON (line 3, column 8): expected a value, found "oops\\n}".');
  });
});
