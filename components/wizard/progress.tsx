"use client";

import { linkVariants } from "@/components/ui/link";
import { cn } from "@/lib/cn";
import { firstUnansweredStep, RESULT_STEP, STEP_COUNT, type WizardState, type WizardStep } from "@/lib/url/wizard";

export const STEP_TITLES = ["Priority", "Context size", "Images and audio", "Workload and data"] as const;

/** "Step 2 of 4" plus the list of steps; answered steps are buttons that go back to them. */
export function Progress({ current, state, onGo }: { current: WizardStep; state: WizardState; onGo: (s: WizardStep) => void }) {
  const missing = firstUnansweredStep(state);
  const currentN = current === RESULT_STEP ? STEP_COUNT + 1 : current;
  return (
    <nav aria-label="Wizard steps" className="space-y-2">
      <p className="text-sm font-medium text-fg-muted">
        {current === RESULT_STEP ? "All 4 steps answered: your shortlist" : `Step ${current} of ${STEP_COUNT}`}
      </p>
      <div
        className="h-1.5 w-full overflow-hidden rounded-full bg-line"
        role="progressbar"
        aria-label="Wizard progress"
        aria-valuemin={0}
        aria-valuemax={STEP_COUNT}
        aria-valuenow={Math.min(currentN - 1, STEP_COUNT)}
        aria-valuetext={current === RESULT_STEP ? "All steps answered" : `Step ${current} of ${STEP_COUNT}`}
      >
        <div
          className="h-full rounded-full bg-accent-strong transition-[width]"
          style={{ width: `${(Math.min(currentN - 1, STEP_COUNT) / STEP_COUNT) * 100}%` }}
        />
      </div>
      <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {STEP_TITLES.map((title, i) => {
          const n = (i + 1) as 1 | 2 | 3 | 4;
          const isCurrent = current === n;
          const reachable = !isCurrent && (missing === null || n <= missing);
          const label = `${n}. ${title}`;
          return (
            <li key={title} aria-current={isCurrent ? "step" : undefined}>
              {reachable ? (
                <button
                  type="button"
                  onClick={() => onGo(n)}
                  className={linkVariants({ weight: "normal", className: "rounded hover:text-fg" })}
                >
                  {label}
                </button>
              ) : (
                <span className={cn(isCurrent ? "font-semibold" : "text-fg-subtle")}>{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
