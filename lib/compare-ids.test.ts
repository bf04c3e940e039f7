import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { compareIds } from "./compare-ids";

const icu = (a: string, b: string) => Math.sign(a.localeCompare(b, "en", { numeric: true }));

/** Every model ID and snapshot in data/models, as the calculator sorts them. */
const IDS = fs
  .readdirSync(path.join(process.cwd(), "data", "models"))
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => {
    const m = JSON.parse(fs.readFileSync(path.join(process.cwd(), "data", "models", f), "utf8"));
    return [m.id as string, ...(m.snapshots ?? []).map((s: { id: string }) => s.id)];
  });

describe("compareIds", () => {
  it("orders digits as numbers and punctuation before digits before letters", () => {
    const sorted = ["gpt-10", "gpt-5-mini", "gpt-4o-mini", "gpt-4.1-mini", "gpt-4.1", "o4-mini", "gpt-4.1-mini-2025-04-14"].sort(
      compareIds,
    );
    expect(sorted).toEqual([
      "gpt-4.1",
      "gpt-4.1-mini",
      "gpt-4.1-mini-2025-04-14",
      "gpt-4o-mini",
      "gpt-5-mini",
      "gpt-10",
      "o4-mini",
    ]);
  });

  it("agrees with ICU's numeric collation on every pair of catalog IDs", () => {
    expect(IDS.length).toBeGreaterThan(20);
    for (const a of IDS) for (const b of IDS) expect(Math.sign(compareIds(a, b)), `${a} vs ${b}`).toBe(icu(a, b));
  });

  it("agrees with ICU on random ID-like strings", () => {
    let seed = 7;
    const r = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // No "0": ICU ranks "04" and "4" equal and IDs never differ only so; the fallback order would differ.
    const alphabet = "ab-.129o_";
    const word = () =>
      Array.from({ length: 1 + Math.floor(r() * 8) }, () => alphabet[Math.floor(r() * alphabet.length)]).join("");
    for (let i = 0; i < 5000; i++) {
      const a = word();
      const b = word();
      expect(Math.sign(compareIds(a, b)), `${a} vs ${b}`).toBe(icu(a, b));
    }
  });
});
