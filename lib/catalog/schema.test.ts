import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { FIXTURE_DIR } from "./fixture-load.test-helpers";
import { modelFileSchema } from "./schema";

const valid = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, "gamma-mini.json"), "utf8"));
const clone = () => structuredClone(valid);
const issues = (raw: unknown) =>
  modelFileSchema.safeParse(raw).error?.issues.map(({ code, path, message }) => ({ code, path, message }));

describe("modelFileSchema's checks across fields", () => {
  it("accepts the fixture file", () => {
    expect(issues(clone())).toBeUndefined();
  });

  it("names each `source` that is not a key of the file's sources, at its path, in arrays too", () => {
    const raw = clone();
    raw.benchmarks[1].source = "nowhere";
    raw.lifecycle.replacements[0].source = "elsewhere";
    expect(issues(raw)).toEqual([
      {
        code: "custom",
        path: ["lifecycle", "replacements", 0, "source"],
        message: 'names source "elsewhere", which is not in this file\'s sources',
      },
      {
        code: "custom",
        path: ["benchmarks", 1, "source"],
        message: 'names source "nowhere", which is not in this file\'s sources',
      },
    ]);
  });

  it("requires the alias to point to one of the model's snapshots", () => {
    const raw = clone();
    raw.aliasOf = "gamma-mini-2099-01-01";
    expect(issues(raw)).toEqual([
      {
        code: "custom",
        path: ["aliasOf"],
        message: 'points to "gamma-mini-2099-01-01", which is not one of this model\'s snapshots',
      },
    ]);
  });

  it("requires a shut-down model's shutdown date", () => {
    const raw = clone();
    raw.lifecycle.status = "shutdown";
    raw.lifecycle.shutdownDate = null;
    expect(issues(raw)).toEqual([
      { code: "custom", path: ["lifecycle", "shutdownDate"], message: "a shut-down model needs its shutdown date" },
    ]);
  });
});
