import { describe, expect, it } from "vitest";

import { lifecycleCalendarHref } from "./feeds";

describe("lifecycleCalendarHref", () => {
  it("lists the models once each, in order; none means every model", () => {
    expect(lifecycleCalendarHref(["gpt-4o-mini", "gpt-5-mini", "gpt-4o-mini"])).toBe(
      "/feeds/lifecycle.ics?m=gpt-4o-mini,gpt-5-mini",
    );
    expect(lifecycleCalendarHref([])).toBe("/feeds/lifecycle.ics");
    expect(lifecycleCalendarHref()).toBe("/feeds/lifecycle.ics");
  });
  it("escapes what is not a model ID's character", () => {
    expect(lifecycleCalendarHref(["a&b=c"])).toBe("/feeds/lifecycle.ics?m=a%26b%3Dc");
  });
});
