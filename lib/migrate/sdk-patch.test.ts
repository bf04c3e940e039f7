import { describe, expect, it } from "vitest";

import { sdkPatch, type PatchInput } from "./sdk-patch";

const LUNA: PatchInput = { fromId: "gpt-4.1-nano", toId: "gpt-6-luna", effort: "none", defaultEffort: "medium" };

describe("sdkPatch", () => {
  it("Node.js, Responses API: the new model ID and reasoning.effort", () => {
    const { before, after } = sdkPatch(LUNA, "node", "responses");
    expect(before).toBe(`import OpenAI from "openai";

const client = new OpenAI(); // reads OPENAI_API_KEY from the environment

const response = await client.responses.create({
  model: "gpt-4.1-nano",
  input: "Summarise this ticket in one sentence: ...",
});
console.log(response.output_text);
`);
    expect(after).toBe(`import OpenAI from "openai";

const client = new OpenAI(); // reads OPENAI_API_KEY from the environment

const response = await client.responses.create({
  model: "gpt-6-luna",
  // Without this, gpt-6-luna reasons at "medium": reasoning tokens are billed as output.
  reasoning: { effort: "none" },
  input: "Summarise this ticket in one sentence: ...",
});
console.log(response.output_text);
`);
  });

  it("Node.js, Chat Completions: reasoning_effort", () => {
    const { before, after } = sdkPatch(LUNA, "node", "chat");
    expect(before).toBe(`import OpenAI from "openai";

const client = new OpenAI(); // reads OPENAI_API_KEY from the environment

const completion = await client.chat.completions.create({
  model: "gpt-4.1-nano",
  messages: [{ role: "user", content: "Summarise this ticket in one sentence: ..." }],
});
console.log(completion.choices[0].message.content);
`);
    expect(after).toBe(`import OpenAI from "openai";

const client = new OpenAI(); // reads OPENAI_API_KEY from the environment

const completion = await client.chat.completions.create({
  model: "gpt-6-luna",
  // Without this, gpt-6-luna reasons at "medium": reasoning tokens are billed as output.
  reasoning_effort: "none",
  messages: [{ role: "user", content: "Summarise this ticket in one sentence: ..." }],
});
console.log(completion.choices[0].message.content);
`);
  });

  it("Python, Responses API: reasoning={'effort': ...}", () => {
    const { before, after } = sdkPatch(LUNA, "python", "responses");
    expect(before).toBe(`from openai import OpenAI

client = OpenAI()  # reads OPENAI_API_KEY from the environment

response = client.responses.create(
    model="gpt-4.1-nano",
    input="Summarise this ticket in one sentence: ...",
)
print(response.output_text)
`);
    expect(after).toBe(`from openai import OpenAI

client = OpenAI()  # reads OPENAI_API_KEY from the environment

response = client.responses.create(
    model="gpt-6-luna",
    # Without this, gpt-6-luna reasons at "medium": reasoning tokens are billed as output.
    reasoning={"effort": "none"},
    input="Summarise this ticket in one sentence: ...",
)
print(response.output_text)
`);
  });

  it("Python, Chat Completions: reasoning_effort=...", () => {
    const { after } = sdkPatch(LUNA, "python", "chat");
    expect(after).toBe(`from openai import OpenAI

client = OpenAI()  # reads OPENAI_API_KEY from the environment

completion = client.chat.completions.create(
    model="gpt-6-luna",
    # Without this, gpt-6-luna reasons at "medium": reasoning tokens are billed as output.
    reasoning_effort="none",
    messages=[{"role": "user", "content": "Summarise this ticket in one sentence: ..."}],
)
print(completion.choices[0].message.content)
`);
  });

  it("a target that does not reason changes only the model ID", () => {
    const { before, after } = sdkPatch(
      { fromId: "gpt-3.5-turbo", toId: "gpt-4.1-mini", effort: null, defaultEffort: null },
      "node",
      "chat",
    );
    expect(after).toBe(before.replace('"gpt-3.5-turbo"', '"gpt-4.1-mini"'));
    expect(after).not.toContain("reasoning");
  });

  it("says why a non-zero effort is set, and sets an effort without comment where the default is unknown or none", () => {
    const low = sdkPatch({ fromId: "a", toId: "b", effort: "low", defaultEffort: "medium" }, "python", "chat").after;
    expect(low).toContain(
      '    # "low" is the lowest effort b accepts: it still spends reasoning tokens.\n    reasoning_effort="low",\n',
    );
    const quiet = sdkPatch({ fromId: "a", toId: "b", effort: "none", defaultEffort: "none" }, "node", "responses").after;
    expect(quiet).toContain('  model: "b",\n  reasoning: { effort: "none" },\n  input:');
  });

  it("never embeds a key", () => {
    for (const lang of ["node", "python"] as const)
      for (const api of ["responses", "chat"] as const) {
        const { before, after } = sdkPatch(LUNA, lang, api);
        for (const code of [before, after]) {
          expect(code).not.toMatch(/sk-[A-Za-z0-9]/);
          expect(code).not.toMatch(/api_?key\s*[:=]/i);
        }
      }
  });
});
