import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { DAY_PAGE_EXPIRE_SECONDS, DAY_PAGE_REVALIDATE_SECONDS } from "./day-pages";

// Next reads these exports statically, so they are literals in their files: check they agree.
const read = (file: string) => fs.readFileSync(path.join(process.cwd(), file), "utf8");

describe("day-dependent prerendered pages", () => {
  it("each re-renders every DAY_PAGE_REVALIDATE_SECONDS", () => {
    for (const file of ["app/models/[id]/page.tsx", "app/article/page.tsx"]) {
      expect(read(file), file).toMatch(new RegExp(`export const revalidate = ${DAY_PAGE_REVALIDATE_SECONDS};`));
    }
  });
  it("a copy older than expireTime is never served; until then a stale one may be, while it re-renders", () => {
    expect(Number(/expireTime: (\d+)/.exec(read("next.config.mjs"))?.[1])).toBe(DAY_PAGE_EXPIRE_SECONDS);
    expect(DAY_PAGE_EXPIRE_SECONDS).toBeGreaterThan(DAY_PAGE_REVALIDATE_SECONDS);
  });
});
