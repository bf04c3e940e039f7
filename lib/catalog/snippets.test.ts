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
  it("asks a reasoning model for its default effort, or low when none is recorded", () => {
    const { node, python } = usageSnippets("alpha-nano", { supported: true, defaultEffort: null });
    expect(node).toContain('  model: "alpha-nano",\n  reasoning: { effort: "low" },\n  input: ');
    expect(python).toContain('    model="alpha-nano",\n    reasoning={"effort": "low"},\n    input=');
  });
  it("writes the whole Node and Python samples, the model line followed by the input", () => {
    const { node, python } = usageSnippets("gamma-mini", { supported: false, defaultEffort: null });
    expect(node).toBe(`// npm install openai   (reads OPENAI_API_KEY from the environment)
import OpenAI from "openai";

const client = new OpenAI();
const response = await client.responses.create({
  model: "gamma-mini",
  input: "Summarise this ticket in one sentence: ...",
});
console.log(response.output_text);`);
    expect(python).toBe(`# pip install openai   (reads OPENAI_API_KEY from the environment)
from openai import OpenAI

client = OpenAI()
response = client.responses.create(
    model="gamma-mini",
    input="Summarise this ticket in one sentence: ...",
)
print(response.output_text)`);
  });
});
