import { describe, expect, it } from "vitest";

import { dayPath, dayRewrite, isDayPath } from "./day-path";

describe("day paths", () => {
  it("puts the day before the path, the root without a trailing slash", () => {
    expect(dayPath("2026-12-02", "/")).toBe("/day/2026-12-02");
    expect(dayPath("2026-12-02", "/calculator")).toBe("/day/2026-12-02/calculator");
    expect(dayPath("2026-12-11", "/models/gpt-5-mini")).toBe("/day/2026-12-11/models/gpt-5-mini");
  });
  it("rewrites each view without a query, every model page, and nothing else", () => {
    expect(dayRewrite("/", "", "2026-12-02")).toBe("/day/2026-12-02");
    expect(dayRewrite("/compare", "?", "2026-12-02")).toBe("/day/2026-12-02/compare");
    expect(dayRewrite("/article", "", "2026-12-02")).toBe("/day/2026-12-02/article");
    expect(dayRewrite("/article", "?ref=newsletter", "2026-12-02")).toBe("/day/2026-12-02/article");
    expect(dayRewrite("/models/gpt-4o-mini", "", "2026-12-02")).toBe("/day/2026-12-02/models/gpt-4o-mini");
    // A model page has no state: a query string changes nothing.
    expect(dayRewrite("/models/gpt-4o-mini", "?utm_source=x", "2026-12-02")).toBe("/day/2026-12-02/models/gpt-4o-mini");
    expect(dayRewrite("/compare", "?m=gpt-4o-mini", "2026-12-02")).toBeNull();
    expect(dayRewrite("/compare", "?_rsc=1x2y", "2026-12-02")).toBe("/day/2026-12-02/compare");
    expect(dayRewrite("/compare", "?_rsc=1x2y&m=a", "2026-12-02")).toBeNull();
    expect(dayRewrite("/sources", "", "2026-12-02")).toBeNull();
    expect(dayRewrite("/calculator/", "", "2026-12-02")).toBeNull();
    expect(dayRewrite("/models", "", "2026-12-02")).toBeNull();
  });
  it("knows its own paths, and no other that merely starts alike", () => {
    expect(isDayPath("/day")).toBe(true);
    expect(isDayPath("/day/2026-12-02/calculator")).toBe(true);
    expect(isDayPath("/days")).toBe(false);
    expect(isDayPath("/")).toBe(false);
  });
});
