import { describe, expect, it } from "vitest";

import {
  firstUnansweredStep,
  ignoredWizardParams,
  loadWizardParams,
  looksLikeApiKey,
  promptProblem,
  resolveStep,
  sanitizeWizardState,
  toWizardAnswers,
  typicalInput,
} from "./wizard";

const state = (q: string) => loadWizardParams(q);
const KEY = `sk-${"a".repeat(16)}`;

describe("wizard answers, each condition on its own", () => {
  it("drops a typical size above the largest, keeps one equal to it or with either missing", () => {
    expect(sanitizeWizardState(state("?ti=9&tl=8")).typical).toBeNull();
    expect(sanitizeWizardState(state("?ti=8&tl=8")).typical).toBe(8);
    expect(sanitizeWizardState(state("?ti=9")).typical).toBe(9);
    expect(sanitizeWizardState(state("?tl=8")).typical).toBeNull();
    expect(sanitizeWizardState(state("?p=cost&p2=cost")).secondary).toBeNull();
    expect(sanitizeWizardState(state("?p=cost&p2=speed")).secondary).toBe("speed");
  });

  it("names a typical size above the largest, and the second priority equal to the first, with their values", () => {
    expect(ignoredWizardParams({ ti: "9", tl: "8" })).toEqual([{ key: "ti", value: "9 (larger than the largest input)" }]);
    expect(ignoredWizardParams({ ti: "8", tl: "8" })).toEqual([]);
    expect(ignoredWizardParams({ ti: "9" })).toEqual([]);
    expect(ignoredWizardParams({ p: "cost", p2: ["cost", "speed"] })).toEqual([
      { key: "p2", value: "cost (same as the first priority)" },
    ]);
    expect(ignoredWizardParams({ p: "cost", p2: "speed" })).toEqual([]);
  });

  it("says why a list of prompts was dropped: a key is never echoed, otherwise how many there were", () => {
    expect(ignoredWizardParams({ prompt: ["fine", `my key is ${KEY}`] })).toEqual([
      { key: "prompt", value: "(removed: looked like an API key)" },
    ]);
    expect(ignoredWizardParams({ prompt: ["fine", " "] })).toEqual([{ key: "prompt", value: "2 prompt(s)" }]);
    expect(ignoredWizardParams({ prompt: ["a", "b", "c", "d"] })).toEqual([{ key: "prompt", value: "4 prompt(s)" }]);
    expect(ignoredWizardParams({ prompt: "one fine prompt" })).toEqual([]);
    // The old key is read, and named, when it is the only one.
    expect(ignoredWizardParams({ q: " " })).toEqual([{ key: "q", value: "1 prompt(s)" }]);
  });

  it("checks each prompt: empty, too long, or holding an API key", () => {
    expect(promptProblem("  ")).toBe("is empty");
    expect(promptProblem("x".repeat(500))).toBeNull();
    expect(promptProblem("x".repeat(501))).toBe("is longer than 500 characters");
    expect(promptProblem(`use ${KEY}`)).toBe("looks like it contains an API key");
    expect(looksLikeApiKey(`sk-${"a".repeat(15)}`)).toBe(false);
    expect(looksLikeApiKey(KEY)).toBe(true);
    expect(state("?prompt=a&prompt=%20").prompts).toEqual([]);
    expect(state("?prompt=a&prompt=b").prompts).toEqual(["a", "b"]);
  });

  it("needs both figures of the workload mode in use", () => {
    const base = "?p=cost&tl=8000&img=no";
    expect(firstUnansweredStep(state(`${base}&in=1000`))).toBe(4);
    expect(firstUnansweredStep(state(`${base}&out=1000`))).toBe(4);
    expect(firstUnansweredStep(state(`${base}&in=1000&out=0`))).toBeNull();
    expect(firstUnansweredStep(state(`${base}&wm=requests&rpd=10`))).toBe(4);
    expect(firstUnansweredStep(state(`${base}&wm=requests&opr=10`))).toBe(4);
    expect(firstUnansweredStep(state(`${base}&wm=requests&rpd=10&opr=0`))).toBeNull();
    expect(firstUnansweredStep(state("?tl=8000&img=no&in=1&out=1"))).toBe(1);
    expect(firstUnansweredStep(state("?p=cost&img=no&in=1&out=1"))).toBe(2);
    expect(firstUnansweredStep(state("?p=cost&tl=8000&in=1&out=1"))).toBe(3);
  });

  it("lands on the first unanswered step only when the link points past it", () => {
    expect(resolveStep(state("?s=3&p=cost"))).toEqual({ step: 2, landedFrom: 3 });
    expect(resolveStep(state("?s=2&p=cost"))).toEqual({ step: 2, landedFrom: null });
    expect(resolveStep(state("?s=1"))).toEqual({ step: 1, landedFrom: null });
    expect(resolveStep(state("?s=result&p=cost&tl=8000&img=no"))).toEqual({ step: 4, landedFrom: "result" });
  });

  it("prices with the typical size, else the largest; answers only when every step is answered", () => {
    expect(typicalInput(state("?ti=2000&tl=8000"))).toBe(2_000);
    expect(typicalInput(state("?tl=8000"))).toBe(8_000);
    expect(typicalInput(state(""))).toBeNull();
    const answers = toWizardAnswers(state("?p=cost&p2=cost&tl=8000&img=yes&aud=yes&wm=requests&rpd=10&opr=50"));
    expect(answers).toEqual({
      primary: "cost",
      secondary: null,
      typicalInputTokens: 8_000,
      largestInputTokens: 8_000,
      images: true,
      audio: true,
      workload: {
        inputTokensPerDay: 80_000,
        outputTokensPerDay: 500,
        reasoningTokensPerDay: 0,
        cachedPercent: 0,
        daysPerMonth: 30,
        inputTokensPerRequest: 8_000,
      },
    });
    expect(toWizardAnswers(state("?p=cost&p2=speed&tl=8000&img=no&in=5&out=6"))).toMatchObject({
      secondary: "speed",
      images: false,
      audio: false,
      workload: { inputTokensPerDay: 5, outputTokensPerDay: 6 },
    });
    expect(toWizardAnswers(state("?p=cost&tl=8000&img=no&in=5"))).toBeNull();
    expect(toWizardAnswers(state("?tl=8000&img=no&in=5&out=6"))).toBeNull();
  });
});
