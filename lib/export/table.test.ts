import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseCsv } from "./csv-reader.test-helpers";
import { CSV_NOT_PUBLISHED_HEADER, exportFileName, headerLabel, toCsv, toJsonExport, type ExportTable } from "./table";

const table: ExportTable = {
  columns: [
    { key: "id", label: "Model ID" },
    { key: "input", label: "Input price", unit: "USD per 1M tokens" },
    { key: "image", label: "Image input", unit: "yes/no" },
  ],
  rows: [
    { id: "gpt-5.4-nano", input: 0.2, image: true },
    { id: 'odd, "quoted"\nname', input: null, image: false },
  ],
};

describe("CSV export", () => {
  it("names units in the header row", () => {
    expect(parseCsv(toCsv(table))[0]).toEqual([
      "Model ID",
      "Input price (USD per 1M tokens)",
      "Image input (yes/no)",
      CSV_NOT_PUBLISHED_HEADER,
    ]);
    expect(headerLabel({ key: "x", label: "Context window", unit: "tokens" })).toBe("Context window (tokens)");
  });

  it("writes numbers as numbers, booleans as yes/no, unknowns as empty cells, and quotes what needs quoting", () => {
    const csv = toCsv(table);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")[1]).toBe("gpt-5.4-nano,0.2,yes,");
    expect(parseCsv(csv)[2]).toEqual(['odd, "quoted"\nname', "", "no", "Input price"]);
  });

  it("leaves a figure that is not published empty, so the column stays numeric, and names it once in the last column", () => {
    const csv = toCsv({
      columns: [
        { key: "id", label: "Model ID" },
        { key: "in", label: "Input price", unit: "USD per 1M tokens" },
        { key: "cached", label: "Cached input price", unit: "USD per 1M tokens" },
        { key: "mmlu", label: "MMLU", unit: "%" },
      ],
      rows: [
        { id: "a", in: 0.1, cached: null, mmlu: Number.NaN },
        { id: "b", in: 0.2, cached: 0.02, mmlu: 80 },
        { id: "c", in: null, cached: 0.01 },
      ],
    });
    expect(parseCsv(csv)).toEqual([
      ["Model ID", "Input price (USD per 1M tokens)", "Cached input price (USD per 1M tokens)", "MMLU (%)", "Not published"],
      ["a", "0.1", "", "", "Cached input price; MMLU"],
      ["b", "0.2", "0.02", "80", ""],
      ["c", "", "0.01", "", "Input price; MMLU"],
    ]);
  });

  it("adds no 'Not published' column when every figure is published", () => {
    const csv = toCsv({ columns: [{ key: "a", label: "A" }], rows: [{ a: 1 }, { a: "" }] });
    expect(parseCsv(csv)).toEqual([["A"], ["1"], [""]]);
  });

  it("defuses spreadsheet formulas in text cells", () => {
    const csv = toCsv({
      columns: [{ key: "a", label: "A" }],
      rows: [{ a: '=HYPERLINK("x")' }, { a: "+1" }, { a: "@SUM(A1)" }, { a: -3 }, { a: "-1+2" }, { a: "-A1" }],
    });
    expect(
      parseCsv(csv)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['\'=HYPERLINK("x")', "'+1", "'@SUM(A1)", "-3", "'-1+2", "'-A1"]);
  });

  it("writes a negative exact decimal (a saving) as a number, not as defused text", () => {
    const csv = toCsv({
      columns: [{ key: "d", label: "Difference", unit: "USD" }],
      rows: [{ d: "-3" }, { d: "-22.2" }, { d: "0.000001" }],
    });
    expect(
      parseCsv(csv)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(["-3", "-22.2", "0.000001"]);
  });

  it("round-trips any text through a CSV reader", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ maxLength: 30 }).filter((s) => !/^[=+\-@\t\r]/.test(s)),
          { minLength: 1, maxLength: 5 },
        ),
        (values) => {
          const t: ExportTable = {
            columns: values.map((_, i) => ({ key: `c${i}`, label: `C${i}` })),
            rows: [Object.fromEntries(values.map((v, i) => [`c${i}`, v]))],
          };
          expect(parseCsv(toCsv(t))[1]).toEqual(values);
        },
      ),
    );
  });
});

describe("JSON export", () => {
  it("keeps raw values, nulls for unknowns, columns with units, and the link it came from", () => {
    const json = toJsonExport(table, { view: "catalog", link: "/?q=nano", dataVerifiedOn: "2026-11-25" });
    expect(json.columns[1]).toEqual({
      key: "input",
      label: "Input price",
      unit: "USD per 1M tokens",
      header: "Input price (USD per 1M tokens)",
    });
    expect(json.rows[1]).toEqual({ id: 'odd, "quoted"\nname', input: null, image: false });
    expect(json).toMatchObject({ view: "catalog", link: "/?q=nano", dataVerifiedOn: "2026-11-25" });
  });
});

it("builds safe file names", () => {
  expect(exportFileName("catalog", "2026-11-25", "csv")).toBe("catalog-2026-11-25.csv");
  expect(exportFileName("../../etc", "<x>", "json")).toBe("etc-x.json");
  expect(exportFileName("catalog", undefined, "json")).toBe("catalog.json");
});
