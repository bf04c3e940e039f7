/**
 * "Meets the old model's capabilities": what a replacement must offer so that requests which
 * work today keep working. Derived from the old model's own figures; a figure the old model
 * does not publish sets no requirement (we cannot require what nobody states), and a figure the
 * candidate does not publish cannot vouch for it (the requirement counts as unmet).
 *
 *   input and output modalities ⊇ the old ones; context window ≥ the old one; max output ≥ the
 *   old one; function calling and structured outputs when the old model had them; fine-tuning
 *   only when the user says they use it (the planner's "I use fine-tuning").
 */
import { formatTokens } from "@/lib/format";

import type { MigrationModel } from "./model";

export type Needs = {
  /** The user runs a fine-tuned model (or trains one): the replacement must offer fine-tuning. */
  fineTuning: boolean;
};

export type RequirementKey =
  "inputModalities" | "outputModalities" | "contextWindow" | "maxOutput" | "functionCalling" | "structuredOutputs" | "fineTuning";

export type Requirement = {
  key: RequirementKey;
  /** What is required, in words: "text and image input", "a context window of at least 128,000 tokens". */
  text: string;
};

type Check = { requirement: Requirement; met: (c: MigrationModel) => boolean };

const words = (xs: readonly string[]) =>
  xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
const covers = (have: readonly string[] | null, need: readonly string[]) => have !== null && need.every((x) => have.includes(x));
const atLeast = (have: number | null, need: number) => have !== null && have >= need;

function checksFor(old: MigrationModel, needs: Needs): Check[] {
  const checks: Check[] = [];
  const add = (key: RequirementKey, text: string, met: Check["met"]) => checks.push({ requirement: { key, text }, met });
  const inputs = old.inputModalities;
  if (inputs?.length) add("inputModalities", `${words(inputs)} input`, (c) => covers(c.inputModalities, inputs));
  const outputs = old.outputModalities;
  if (outputs?.length) add("outputModalities", `${words(outputs)} output`, (c) => covers(c.outputModalities, outputs));
  const context = old.contextWindow;
  if (context !== null)
    add("contextWindow", `a context window of at least ${formatTokens(context)} tokens`, (c) =>
      atLeast(c.contextWindow, context),
    );
  const maxOutput = old.maxOutput;
  if (maxOutput !== null)
    add("maxOutput", `at least ${formatTokens(maxOutput)} output tokens per request`, (c) => atLeast(c.maxOutput, maxOutput));
  if (old.functionCalling) add("functionCalling", "function calling", (c) => c.functionCalling === true);
  if (old.structuredOutputs) add("structuredOutputs", "structured outputs", (c) => c.structuredOutputs === true);
  if (needs.fineTuning) add("fineTuning", "fine-tuning (you said you use it)", (c) => c.fineTuning === true);
  return checks;
}

/** What a replacement for `old` must offer, in the order the planner explains it. */
export function requirementsOf(old: MigrationModel, needs: Needs): Requirement[] {
  return checksFor(old, needs).map((c) => c.requirement);
}

/** The requirements `candidate` does not meet (empty: it meets the old model's capabilities). */
export function unmetRequirements(old: MigrationModel, candidate: MigrationModel, needs: Needs): Requirement[] {
  return checksFor(old, needs)
    .filter((c) => !c.met(candidate))
    .map((c) => c.requirement);
}

/** The requirements as one sentence's list: "text and image input, function calling and structured outputs". */
export function requirementsText(requirements: readonly Requirement[]): string {
  return words(requirements.map((r) => r.text));
}
