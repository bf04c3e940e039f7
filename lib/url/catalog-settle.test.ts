import { describe, expect, it } from "vitest";

import { loadCatalogParams } from "./catalog";
import { hidesEveryChosenStatus, settleCatalogState } from "./catalog-settle";

const state = (query: string) => loadCatalogParams(new URLSearchParams(query));

describe("hidesEveryChosenStatus", () => {
  it("is a conflict only when every chosen status is shut down and the hide is on", () => {
    expect(hidesEveryChosenStatus({ hideShutdown: true, statuses: ["shutdown"] })).toBe(true);
    expect(hidesEveryChosenStatus({ hideShutdown: false, statuses: ["shutdown"] })).toBe(false);
    // Other statuses still show rows: the hide only narrows them.
    expect(hidesEveryChosenStatus({ hideShutdown: true, statuses: ["shutdown", "deprecated"] })).toBe(false);
    // No lifecycle filter: every status is allowed.
    expect(hidesEveryChosenStatus({ hideShutdown: true, statuses: [] })).toBe(false);
  });
});

describe("settleCatalogState", () => {
  it("leaves a coherent link alone", () => {
    const s = state("live=true&st=active&sel=a,b,c,d");
    expect(settleCatalogState(s)).toEqual({ state: s, problems: [] });
  });

  it("keeps the first four selected models and names the rest", () => {
    const { state: settled, problems } = settleCatalogState(state("sel=a,b,c,d,e,f"));
    expect(settled.selected).toEqual(["a", "b", "c", "d"]);
    expect(problems).toEqual([
      {
        key: "sel",
        message: "This link selects 6 models; compare shows at most 4, so the first 4 are selected (left out: e, f).",
      },
    ]);
  });

  it("drops the hide when the lifecycle filter keeps only shut-down models, naming both parameters", () => {
    const { state: settled, problems } = settleCatalogState(state("live=true&st=shutdown"));
    expect(settled.hideShutdown).toBe(false);
    expect(settled.statuses).toEqual(["shutdown"]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.key).toBe("live");
    expect(problems[0]!.message).toContain("“live=true”");
    expect(problems[0]!.message).toContain("“st=shutdown”");
  });
});
