import { describe, expect, it } from "vitest";
import { csvDataUrl, csvField, parseCsv, toCsv } from "./csv";

describe("csv", () => {
  it("quotes what needs quoting and writes numbers raw", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a "quoted", text')).toBe('"a ""quoted"", text"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(1047576)).toBe("1047576");
    expect(csvField(0.2625)).toBe("0.2625");
    expect(csvField(null)).toBe("");
    expect(csvField(Number.NaN)).toBe("");
  });
  it("defuses spreadsheet formulas", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField(-1)).toBe("-1");
  });
  it("joins rows with CRLF and ends with one", () => {
    expect(toCsv(["a", "b"], [[1, null], ["x,y", 2]])).toBe('a,b\r\n1,\r\n"x,y",2\r\n');
  });
  it("makes a data URL that decodes back to the CSV", () => {
    const csv = toCsv(["model"], [["gpt-4.1-mini"]]);
    const url = csvDataUrl(csv);
    expect(url.startsWith("data:text/csv;charset=utf-8,")).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(",") + 1))).toBe(csv);
  });
  it("reads its own output back", () => {
    const rows = [["a", "Deprecated, shuts down Jan 14, 2027", 'say "hi"'], ["line\nbreak", "", "x"]];
    expect(parseCsv(toCsv(["h1", "h2", "h3"], rows))).toEqual([["h1", "h2", "h3"], ...rows]);
  });
});
