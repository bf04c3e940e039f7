/**
 * "Use it" code samples with the official SDKs (Responses API). The key is read from the
 * environment by the SDK (OPENAI_API_KEY); samples never contain one.
 */
export function usageSnippets(id: string, reasoning: { supported: boolean; defaultEffort: string | null }) {
  const effortJs = reasoning.supported ? `\n  reasoning: { effort: "${reasoning.defaultEffort ?? "low"}" },` : "";
  const effortPy = reasoning.supported ? `\n    reasoning={"effort": "${reasoning.defaultEffort ?? "low"}"},` : "";
  const node = `// npm install openai   (reads OPENAI_API_KEY from the environment)
import OpenAI from "openai";

const client = new OpenAI();
const response = await client.responses.create({
  model: "${id}",${effortJs}
  input: "Summarise this ticket in one sentence: ...",
});
console.log(response.output_text);`;
  const python = `# pip install openai   (reads OPENAI_API_KEY from the environment)
from openai import OpenAI

client = OpenAI()
response = client.responses.create(
    model="${id}",${effortPy}
    input="Summarise this ticket in one sentence: ...",
)
print(response.output_text)`;
  return { node, python };
}
