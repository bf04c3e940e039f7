/** One line per answered step, for the result's "your answers" list (with a Change button each). */
import { formatTokens } from "@/lib/format";

import type { WizardAnswers } from "./types";

const TITLE = { quality: "Quality", speed: "Speed", cost: "Cost" } as const;

type AnswerLine = { step: 1 | 2 | 3 | 4; label: string; value: string };

export function summarizeAnswers(a: WizardAnswers, promptCount: number): AnswerLine[] {
  const w = a.workload;
  return [
    {
      step: 1,
      label: "Priority",
      value: a.secondary ? `${TITLE[a.primary]} first, then ${a.secondary}` : `${TITLE[a.primary]} first`,
    },
    {
      step: 2,
      label: "Input size",
      value: `largest ${formatTokens(a.largestInputTokens)} tokens, typical ${formatTokens(a.typicalInputTokens)}`,
    },
    {
      step: 3,
      label: "Images and audio",
      value: `${a.images ? "images" : "no images"}, ${a.audio ? "audio needed" : "no audio"}`,
    },
    {
      step: 4,
      label: "Workload",
      value:
        `${formatTokens(w.inputTokensPerDay)} input + ${formatTokens(w.outputTokensPerDay)} output tokens a day` +
        `${promptCount ? `, ${promptCount} sample prompt${promptCount === 1 ? "" : "s"}` : ""}`,
    },
  ];
}
