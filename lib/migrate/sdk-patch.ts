/**
 * The copy-paste patch of a migration: the request as it is today and as it should be, with the
 * official SDKs (the `openai` npm package and Python's `openai`), on the Responses API and on
 * Chat Completions. The "after" request names the new model ID and sets the reasoning effort the
 * planner's cost assumes (reasoning.ts): `reasoning: { effort }` on Responses, `reasoning_effort`
 * on Chat Completions. The key is read from the environment by the SDK; the code never holds one.
 */
import type { ReasoningEffort } from "@/lib/catalog/types";

export const PATCH_LANGS = ["node", "python"] as const;
export const PATCH_APIS = ["responses", "chat"] as const;
export type PatchLang = (typeof PATCH_LANGS)[number];
export type PatchApi = (typeof PATCH_APIS)[number];

export const PATCH_LANG_LABEL: Record<PatchLang, string> = { node: "Node.js", python: "Python" };
export const PATCH_API_LABEL: Record<PatchApi, string> = { responses: "Responses API", chat: "Chat Completions" };

export type PatchInput = {
  fromId: string;
  toId: string;
  /** The effort the new request sets; null: the target does not reason (or its efforts are unknown). */
  effort: ReasoningEffort | null;
  /** The target's default effort, to say why the setting is there. */
  defaultEffort: ReasoningEffort | null;
};

const PROMPT = "Summarise this ticket in one sentence: ...";

/** Why the request sets its effort, as a one-line comment; null when there is nothing to explain. */
function effortComment(p: PatchInput): string | null {
  if (!p.effort) return null;
  if (p.effort !== "none") return `"${p.effort}" is the lowest effort ${p.toId} accepts: it still spends reasoning tokens.`;
  if (p.defaultEffort && p.defaultEffort !== "none")
    return `Without this, ${p.toId} reasons at "${p.defaultEffort}": reasoning tokens are billed as output.`;
  return null;
}

function nodeRequest(model: string, api: PatchApi, effort: ReasoningEffort | null, comment: string | null): string {
  const why = comment ? `  // ${comment}\n` : "";
  const head = `import OpenAI from "openai";\n\nconst client = new OpenAI(); // reads OPENAI_API_KEY from the environment\n\n`;
  if (api === "responses") {
    const setting = effort ? `${why}  reasoning: { effort: "${effort}" },\n` : "";
    return `${head}const response = await client.responses.create({
  model: "${model}",
${setting}  input: "${PROMPT}",
});
console.log(response.output_text);
`;
  }
  const setting = effort ? `${why}  reasoning_effort: "${effort}",\n` : "";
  return `${head}const completion = await client.chat.completions.create({
  model: "${model}",
${setting}  messages: [{ role: "user", content: "${PROMPT}" }],
});
console.log(completion.choices[0].message.content);
`;
}

function pythonRequest(model: string, api: PatchApi, effort: ReasoningEffort | null, comment: string | null): string {
  const why = comment ? `    # ${comment}\n` : "";
  const head = `from openai import OpenAI\n\nclient = OpenAI()  # reads OPENAI_API_KEY from the environment\n\n`;
  if (api === "responses") {
    const setting = effort ? `${why}    reasoning={"effort": "${effort}"},\n` : "";
    return `${head}response = client.responses.create(
    model="${model}",
${setting}    input="${PROMPT}",
)
print(response.output_text)
`;
  }
  const setting = effort ? `${why}    reasoning_effort="${effort}",\n` : "";
  return `${head}completion = client.chat.completions.create(
    model="${model}",
${setting}    messages=[{"role": "user", "content": "${PROMPT}"}],
)
print(completion.choices[0].message.content)
`;
}

/** The request today ("before") and after the migration, for one SDK and one API. */
export function sdkPatch(p: PatchInput, lang: PatchLang, api: PatchApi): { before: string; after: string } {
  const request = lang === "node" ? nodeRequest : pythonRequest;
  return { before: request(p.fromId, api, null, null), after: request(p.toId, api, p.effort, effortComment(p)) };
}
