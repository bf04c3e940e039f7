import { describe, expect, it } from "vitest";

import { modelHref } from "./model";

describe("model page links", () => {
  it("point at /models/<id>, the ID encoded", () => {
    expect(modelHref("gpt-5.4-nano")).toBe("/models/gpt-5.4-nano");
    expect(modelHref("gpt-4o-2024-05-13")).toBe("/models/gpt-4o-2024-05-13");
    expect(modelHref("a/b?c")).toBe("/models/a%2Fb%3Fc");
  });
});
