import { describe, expect, it } from "vitest";

import { requirementsOf, requirementsText, unmetRequirements } from "./capabilities";
import { migrationModel as m } from "./fixtures.test-helpers";

const NONE = { fineTuning: false };
const keys = (from: string, to: string, needs = NONE) => unmetRequirements(m(from), m(to), needs).map((r) => r.key);

describe("requirementsOf (fixture catalog)", () => {
  it("asks for what the old model offers: modalities, window, output, function calling, structured outputs", () => {
    // gamma-mini: text and image in, text out, a 1,047,576-token window, 32,768 output tokens, functions and schemas.
    expect(requirementsOf(m("gamma-mini"), NONE).map((r) => r.text)).toEqual([
      "text and image input",
      "text output",
      "a context window of at least 1,047,576 tokens",
      "at least 32,768 output tokens per request",
      "function calling",
      "structured outputs",
    ]);
  });

  it("asks for fine-tuning only when the user uses it", () => {
    expect(requirementsOf(m("gamma-mini"), { fineTuning: true }).at(-1)).toEqual({
      key: "fineTuning",
      text: "fine-tuning (you said you use it)",
    });
  });

  it("sets no requirement for a figure the old model does not publish", () => {
    expect(requirementsOf(m("zeta-old"), NONE)).toEqual([]);
    expect(requirementsOf(m("zeta-old"), { fineTuning: true }).map((r) => r.key)).toEqual(["fineTuning"]);
  });
});

describe("unmetRequirements (fixture catalog)", () => {
  it("beta-lite meets gamma-mini's capabilities (1,050,000 ≥ 1,047,576 tokens, 128,000 ≥ 32,768 out)", () => {
    expect(keys("gamma-mini", "beta-lite")).toEqual([]);
  });

  it("names what a candidate lacks", () => {
    // alpha-nano's 400,000-token window is smaller than gamma-mini's.
    expect(keys("gamma-mini", "alpha-nano")).toEqual(["contextWindow"]);
    // delta-nano takes text only, in a 128,000-token window, with at most 16,384 output tokens.
    expect(keys("gamma-mini", "delta-nano")).toEqual(["inputModalities", "contextWindow", "maxOutput"]);
    // No fixture model offers fine-tuning except the gamma pair and omega.
    expect(keys("gamma-mini", "beta-lite", { fineTuning: true })).toEqual(["fineTuning"]);
    expect(keys("gamma-mini", "gamma-nano", { fineTuning: true })).toEqual(["inputModalities", "contextWindow", "maxOutput"]);
  });

  it("a gain is no loss: a text-only model is met by a text-and-image one", () => {
    expect(keys("delta-nano", "alpha-nano")).toEqual([]);
  });

  it("a figure the candidate does not publish cannot vouch for it", () => {
    expect(keys("gamma-mini", "zeta-old")).toEqual([
      "inputModalities",
      "outputModalities",
      "contextWindow",
      "maxOutput",
      "functionCalling",
      "structuredOutputs",
    ]);
  });
});

describe("requirementsText", () => {
  it("joins the requirements into one list", () => {
    expect(requirementsText(requirementsOf(m("delta-nano"), NONE))).toBe(
      "text input, text output, a context window of at least 128,000 tokens, at least 16,384 output tokens per request, function calling and structured outputs",
    );
    expect(requirementsText([])).toBe("");
  });
});
