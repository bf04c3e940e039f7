import { describe, expect, it } from "vitest";

import { fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { wizardCandidates } from "./candidates";
import { audioAvailable, exclusionReasons, stepFacts } from "./eligibility";
import { answers, cand, lifecycle, TODAY } from "./fixtures.test-helpers";
import { countFitting } from "./step-facts";
import type { Candidate } from "./types";

describe("exclusionReasons", () => {
  it("uses max input, not the context window, when both are published", () => {
    const reasons = exclusionReasons(
      cand("a", { contextWindow: 400_000, maxInput: 272_000 }),
      answers({ largest: 300_000, typical: 1_000 }),
      TODAY,
      false,
    );
    expect(reasons.map((r) => r.text)).toEqual(["takes at most 272,000 input tokens; your largest input is 300,000"]);
  });
});

describe("stepFacts (fixture catalog, today 2026-11-25)", () => {
  const catalog = wizardCandidates(fixtureCatalog);
  it("counts the models that fit a size, for the context step", () => {
    // Callable small models: alpha-mini and alpha-nano (400K), beta-lite (max input 922K),
    // delta-nano (128K, text only), gamma-mini (1,047,576). Not: gamma-nano (shut down), zeta-old
    // (status unknown), omega (full-size), snapshots.
    const facts = stepFacts(catalog, TODAY);
    expect(facts).toEqual({
      callableSmall: 5,
      takeImages: 4,
      takeAudio: 0,
      largestInputLimit: 1_047_576,
      inputLimits: [400_000, 400_000, 922_000, 128_000, 1_047_576],
    });
    expect(countFitting(facts, 128_000)).toBe(5);
    expect(countFitting(facts, 300_000)).toBe(4);
    expect(countFitting(facts, 600_000)).toBe(2);
    expect(countFitting(facts, 1_047_577)).toBe(0);
  });
});

describe("exclusionReasons: every rule's wording", () => {
  const texts = (c: Parameters<typeof exclusionReasons>[0], a = answers(), audioFilter = false) =>
    exclusionReasons(c, a, TODAY, audioFilter).map((r) => `${r.code}: ${r.text}`);

  it("a shut-down model without a published date, and one whose status is unknown", () => {
    // Status "shutdown" in the file, no date: effectiveStatus keeps it shut down.
    expect(texts(cand("gone", { lifecycle: lifecycle({ status: "shutdown" }) }))).toEqual([
      "shutdown: shut down: calls to it fail",
    ]);
    expect(texts(cand("gone", { lifecycle: lifecycle({ status: "deprecated", shutdownDate: "2026-11-25" }) }))).toEqual([
      "shutdown: shut down on Nov 25, 2026: calls to it fail",
    ]);
    expect(texts(cand("unknown", { lifecycle: lifecycle({ status: "unknown" }) }))).toEqual([
      "status-unknown: lifecycle status unknown: we cannot confirm it still answers",
    ]);
  });

  it("a largest input equal to the limit fits; one token more does not; no limit at all is its own reason", () => {
    expect(texts(cand("a", { contextWindow: 8_000 }))).toEqual([]);
    expect(texts(cand("a", { contextWindow: 7_999 }))).toEqual([
      "context-too-small: takes at most 7,999 input tokens; your largest input is 8,000",
    ]);
    expect(texts(cand("a", { contextWindow: null }))).toEqual([
      "context-unknown: context window not published: cannot confirm your largest input fits",
    ]);
  });

  it("image and audio input: unknown and missing are told apart; audio only counts when it is a filter", () => {
    const images = answers({ images: true });
    expect(texts(cand("a", { inputModalities: ["text"] }), images)).toEqual(["no-image-input: does not take image input"]);
    expect(texts(cand("a", { inputModalities: null }), images)).toEqual(["image-input-unknown: image input not published"]);
    const audio = answers({ audio: true });
    expect(texts(cand("a", { inputModalities: ["text"] }), audio, true)).toEqual(["no-audio-input: does not take audio input"]);
    expect(texts(cand("a", { inputModalities: null }), audio, true)).toEqual(["no-audio-input: audio input not published"]);
    expect(texts(cand("a", { inputModalities: ["text", "audio"] }), audio, true)).toEqual([]);
    // No callable small model takes audio: the answer is not a filter.
    expect(texts(cand("a", { inputModalities: ["text"] }), audio, false)).toEqual([]);
  });
});

describe("audioAvailable", () => {
  const hears = { inputModalities: ["text", "audio"] as Candidate["inputModalities"] };
  it("only a callable small model that takes audio makes audio a filter", () => {
    expect(audioAvailable([cand("a", hears)], TODAY)).toBe(true);
    expect(audioAvailable([cand("a", { ...hears, size: "full-size" })], TODAY)).toBe(false);
    expect(audioAvailable([cand("a", { ...hears, lifecycle: lifecycle({ status: "unknown" }) })], TODAY)).toBe(false);
    expect(audioAvailable([cand("a", { inputModalities: null }), cand("b", { inputModalities: ["text"] })], TODAY)).toBe(false);
  });
});

describe("stepFacts on made-up candidates", () => {
  it("leaves out snapshots and counts audio; no callable model gives a largest limit of 0", () => {
    const facts = stepFacts(
      [cand("a", { inputModalities: ["text", "audio"], maxInput: 5_000 }), cand("snap", { kind: "snapshot" })],
      TODAY,
    );
    expect(facts).toEqual({ callableSmall: 1, takeImages: 0, takeAudio: 1, largestInputLimit: 5_000, inputLimits: [5_000] });
    expect(stepFacts([cand("big", { size: "full-size" })], TODAY)).toEqual({
      callableSmall: 0,
      takeImages: 0,
      takeAudio: 0,
      largestInputLimit: 0,
      inputLimits: [],
    });
  });
});

describe("stepFacts without a published limit", () => {
  it("counts the model as callable but quotes no limit for it", () => {
    expect(stepFacts([cand("open", { contextWindow: null }), cand("b", { maxInput: 5_000 })], TODAY)).toMatchObject({
      callableSmall: 2,
      largestInputLimit: 5_000,
      inputLimits: [5_000],
    });
  });
});
