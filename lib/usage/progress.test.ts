import { describe, expect, it } from "vitest";

import { readProgressText } from "./progress";

describe("readProgressText", () => {
  const p = { file: "b.csv", fileIndex: 1, fileCount: 2, phase: "parsing" as const, done: 450, total: 1000 };
  it("spreads the bar over every file and says where it is", () => {
    // Half the bar for the first file, then 45 % of the second half.
    expect(readProgressText(p)).toEqual({ fraction: 0.725, text: "Reading b.csv: 45 % (file 2 of 2)" });
    expect(readProgressText({ ...p, fileIndex: 0, fileCount: 1, phase: "reading", done: 0 })).toEqual({
      fraction: 0,
      text: "Reading b.csv: 0 %",
    });
    expect(readProgressText({ ...p, phase: "done", done: 1000 })).toEqual({
      fraction: 1,
      text: "Pricing your usage on every model…",
    });
    expect(readProgressText(null)).toEqual({ fraction: null, text: "Starting…" });
  });
});
