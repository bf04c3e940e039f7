/**
 * Step 1 of the wizard's ranking (rank.ts has the whole rule book): the hard rules that rule a
 * model out, each failing rule with its reason, and the facts the steps quote, counted by the
 * same rules.
 */
import { effectiveStatus, isCallable } from "@/lib/catalog/lifecycle";
import { formatDate, formatTokens } from "@/lib/format";

import type { StepFacts } from "./step-facts";
import type { Candidate, ExclusionCode, WizardAnswers } from "./types";

function takesModality(c: Candidate, m: "image" | "audio"): boolean | null {
  return c.inputModalities === null ? null : c.inputModalities.includes(m);
}

export function inputLimitOf(c: Candidate): number | null {
  return c.maxInput ?? c.contextWindow;
}

/** Whether any callable small model takes audio input (if none, audio is not a filter). */
export function audioAvailable(candidates: readonly Candidate[], today: string): boolean {
  return candidates.some((c) => c.size === "small" && isCallable(c.lifecycle, today) && takesModality(c, "audio") === true);
}

export function exclusionReasons(c: Candidate, answers: WizardAnswers, today: string, audioFilter: boolean) {
  const reasons: { code: ExclusionCode; text: string }[] = [];
  const add = (code: ExclusionCode, text: string) => reasons.push({ code, text });
  const status = effectiveStatus(c.lifecycle, today);

  if (c.size === "full-size") add("full-size", "full-size reference, not a small model");
  if (status === "shutdown") {
    add(
      "shutdown",
      `shut down${c.lifecycle.shutdownDate ? ` on ${formatDate(c.lifecycle.shutdownDate)}` : ""}: calls to it fail`,
    );
  } else if (status === "unknown") {
    add("status-unknown", "lifecycle status unknown: we cannot confirm it still answers");
  }
  const limit = inputLimitOf(c);
  if (limit === null) add("context-unknown", "context window not published: cannot confirm your largest input fits");
  else if (limit < answers.largestInputTokens) {
    add(
      "context-too-small",
      `takes at most ${formatTokens(limit)} input tokens; your largest input is ${formatTokens(answers.largestInputTokens)}`,
    );
  }
  if (answers.images) {
    const img = takesModality(c, "image");
    if (img === null) add("image-input-unknown", "image input not published");
    else if (!img) add("no-image-input", "does not take image input");
  }
  if (answers.audio && audioFilter) {
    const aud = takesModality(c, "audio");
    if (aud !== true) add("no-audio-input", aud === null ? "audio input not published" : "does not take audio input");
  }
  return reasons;
}

/** Facts the steps quote ("6 of 8 callable small models fit"), from the same rules as the ranking. */
export function stepFacts(candidates: readonly Candidate[], today: string): StepFacts {
  const live = candidates.filter((c) => c.kind !== "snapshot" && c.size === "small" && isCallable(c.lifecycle, today));
  const limits = live.map(inputLimitOf).filter((n): n is number => n !== null);
  return {
    callableSmall: live.length,
    takeImages: live.filter((c) => takesModality(c, "image") === true).length,
    takeAudio: live.filter((c) => takesModality(c, "audio") === true).length,
    largestInputLimit: limits.length ? Math.max(...limits) : 0,
    /** Input limits of the callable small models, to count how many fit a size. */
    inputLimits: limits,
  };
}
