import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { DAY_PAGE_MATCHERS, DAY_PAGE_REVALIDATE_SECONDS } from "./day-pages";

// Next reads these exports statically, so they are literals in their files: check they agree.
const read = (file: string) => fs.readFileSync(path.join(process.cwd(), file), "utf8");

describe("day-dependent prerendered pages", () => {
  it("each re-renders every DAY_PAGE_REVALIDATE_SECONDS", () => {
    for (const file of ["app/models/[id]/page.tsx", "app/article/page.tsx"]) {
      expect(read(file), file).toMatch(new RegExp(`export const revalidate = ${DAY_PAGE_REVALIDATE_SECONDS};`));
    }
  });
  it("the proxy stamps exactly their paths, and an older copy is never served (expireTime)", () => {
    const matcher = /matcher: (\[[^\]]*\])/.exec(read("proxy.ts"))?.[1];
    expect(JSON.parse(matcher ?? "null")).toEqual(DAY_PAGE_MATCHERS);
    const expire = Number(/expireTime: (\d+)/.exec(read("next.config.mjs"))?.[1]);
    expect(expire).toBeGreaterThan(DAY_PAGE_REVALIDATE_SECONDS);
    expect(expire).toBeLessThanOrEqual(2 * DAY_PAGE_REVALIDATE_SECONDS);
  });
});
