/** A valid model file to break on purpose, and the message a broken one is rejected with (imported only by *.test.ts). */
import fs from "node:fs";
import path from "node:path";
import { expect } from "vitest";

import { FIXTURE_DIR } from "./fixture-load.test-helpers";
import { CatalogDataError, parseModelFile } from "./parse";

// gamma-mini: released 2025-04-14, Standard $0.40 / $0.10 / $1.00, no Flex tier.
const valid = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, "gamma-mini.json"), "utf8"));

/** A fresh copy of gamma-mini's file, as parsed JSON. */
export const validModelFile = () => structuredClone(valid);

/** The error message of a file the loader must reject; fails the test if it is accepted. */
export function rejectionOf(raw: unknown): string {
  try {
    parseModelFile("data/models/test.json", raw);
  } catch (e) {
    expect(e).toBeInstanceOf(CatalogDataError);
    return (e as Error).message;
  }
  throw new Error("expected the file to be rejected");
}
