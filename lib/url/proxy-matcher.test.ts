import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { ARTICLE_PATH } from "./article";
import { DAY_PREFIX, DAY_VIEW_PATHS } from "./day-path";
import { MODELS_PATH } from "./model";

// Next reads proxy.ts's matcher statically, so it is a list of literals there: check that it
// covers every path the day-page rewrite and the shared-cache header are for.
const matcher = () => {
  const source = fs.readFileSync(path.join(process.cwd(), "proxy.ts"), "utf8");
  const list = /matcher:\s*\[([\s\S]*?)\]/.exec(source)?.[1] ?? "";
  return [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
};

describe("proxy.ts's matcher", () => {
  it("runs on every day view, the article, the model pages, the sources and the internal day paths", () => {
    expect(matcher()).toEqual(
      expect.arrayContaining([
        ...DAY_VIEW_PATHS,
        ARTICLE_PATH,
        `${MODELS_PATH}/:path*`,
        "/sources",
        DAY_PREFIX,
        `${DAY_PREFIX}/:path*`,
      ]),
    );
  });
  it("names nothing else", () => {
    expect(matcher()).toHaveLength(DAY_VIEW_PATHS.length + 5);
  });
});
