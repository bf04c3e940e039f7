import { describe, expect, it } from "vitest";

import { loadCatalogPage } from "./catalog-page";

describe("catalog page loader", () => {
  it("reads the link once: state without unknown IDs, what it ignored, the link's problems, the rows", () => {
    const page = loadCatalogPage({
      q: "nano",
      sel: "gpt-5.4-nano,gpt-9-nope",
      fam: "GPT-5.4",
      live: "true",
      sort: ["-input", "output"],
    });
    expect(page.state).toMatchObject({
      q: "nano",
      selected: [],
      families: ["GPT-5.4"],
      hideShutdown: true,
      sort: [{ id: "input", desc: true }],
    });
    expect(page.ignored).toEqual([{ key: "sel", value: "gpt-5.4-nano,gpt-9-nope" }]);
    expect(page.problems.map((p) => p.key)).toEqual(["sort"]);
    expect(page.query).toBe("?q=nano&sort=-input&fam=GPT-5.4&live=true");
    expect(page.rows.map((r) => r.id)).toContain("gpt-5.4-nano");
    expect(page.families).toEqual([...page.families].sort());
    expect(page.verifiedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("an empty link is the default view with nothing to report", () => {
    const page = loadCatalogPage({});
    expect([page.ignored, page.problems, page.query]).toEqual([[], [], ""]);
  });

  it("settles a link that contradicts itself: shut-down models shown, the hide reported; five selected become four", () => {
    const page = loadCatalogPage({
      live: "true",
      st: "shutdown",
      sel: "gpt-5.4-nano,gpt-5.4-mini,gpt-4o-mini,gpt-4.1-mini,gpt-4.1-nano",
    });
    expect(page.state.hideShutdown).toBe(false);
    expect(page.state.selected).toEqual(["gpt-5.4-nano", "gpt-5.4-mini", "gpt-4o-mini", "gpt-4.1-mini"]);
    expect(page.problems.map((p) => p.key)).toEqual(["sel", "live"]);
    // The canonical link is the state shown: no live=true, four models.
    expect(page.query).toBe("?st=shutdown&sel=gpt-5.4-nano,gpt-5.4-mini,gpt-4o-mini,gpt-4.1-mini");
  });
});
