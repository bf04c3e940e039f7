import { describe, expect, it } from "vitest";

import { usageSnippets } from "./snippets";

describe("usageSnippets", () => {
  it("names the model and never embeds a key", () => {
    const { node, python } = usageSnippets("gpt-6-luna", { supported: true, defaultEffort: "medium" });
    for (const s of [node, python]) {
      expect(s).toContain('"gpt-6-luna"');
      expect(s).toContain("medium");
      expect(s).not.toMatch(/sk-[A-Za-z0-9]/);
      expect(s).not.toMatch(/api_?key\s*[:=]/i);
    }
  });
  it("omits reasoning options for non-reasoning models", () => {
    const { node } = usageSnippets("gpt-4o-mini", { supported: false, defaultEffort: null });
    expect(node).not.toContain("reasoning");
  });
});
