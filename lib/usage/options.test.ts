import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { fixtureCatalog } from "./fixtures.test-helpers";
import { MAX_USAGE_FILE_BYTES, SAMPLE_DIR, SAMPLE_FILE_NAMES, sizeProblem, TRY_SAMPLE_FILES } from "./options";
import { sampleFiles } from "./samples";

describe("view options", () => {
  it("refuses a file above the limit before reading it, naming both sizes", () => {
    expect(sizeProblem("big.csv", MAX_USAGE_FILE_BYTES)).toBeNull();
    // 50 MB = 52,428,800 bytes, against 40 MiB.
    expect(sizeProblem("big.csv", 50 * 1024 * 1024)).toEqual({
      code: "too-large",
      file: "big.csv",
      message:
        "The file is 50.0 MB; the largest file this page reads is 40.0 MB. Export a shorter period or fewer groupings, and load the parts one after the other.",
    });
    expect(sizeProblem("pasted text", 11, 10)?.code).toBe("too-large");
  });

  it("names the sample files the generator writes and public/ serves", () => {
    expect(Object.keys(sampleFiles(fixtureCatalog())).sort()).toEqual([...SAMPLE_FILE_NAMES].sort());
    for (const name of SAMPLE_FILE_NAMES) expect(fs.existsSync(path.join("public", SAMPLE_DIR, name)), name).toBe(true);
    expect(TRY_SAMPLE_FILES.every((f) => (SAMPLE_FILE_NAMES as readonly string[]).includes(f))).toBe(true);
  });
});
