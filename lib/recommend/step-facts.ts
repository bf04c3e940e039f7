/**
 * Facts the wizard's steps quote ("6 of 8 callable small models fit"). Computed on the server by
 * eligibility.ts's stepFacts; this module is decimal-free so the client steps can read them.
 */
export type StepFacts = {
  callableSmall: number;
  takeImages: number;
  takeAudio: number;
  largestInputLimit: number;
  /** Input limits of the callable small models, to count how many fit a size. */
  inputLimits: number[];
};

export function countFitting(facts: StepFacts, largestInputTokens: number): number {
  return facts.inputLimits.filter((n) => n >= largestInputTokens).length;
}
