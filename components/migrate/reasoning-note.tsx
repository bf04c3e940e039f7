import { panelVariants } from "@/components/ui/panel";
import type { ReasoningView } from "@/lib/migrate/reasoning";

/** The reasoning setting the "after" cost assumes, and the cost at the model's default effort. */
export function ReasoningNote({ view }: { view: ReasoningView }) {
  return (
    <div
      role="group"
      aria-label={`Reasoning setting behind the cost of ${view.targetId}`}
      className={panelVariants({ pad: "sm", className: "space-y-2 text-sm" })}
    >
      <p className="font-medium" data-testid="reasoning-assumption">
        {view.assumption}
      </p>
      {view.figures.length ? (
        <dl className="grid gap-3 sm:grid-cols-2">
          {view.figures.map((f) => (
            <div key={f.label} className="space-y-0.5">
              <dt className="text-fg-subtle">
                {view.targetId} at {f.label}
              </dt>
              <dd className="text-lg font-semibold tabular-nums">{f.value ?? "depends on reasoning tokens"}</dd>
              <dd className="text-xs text-fg-subtle">{f.note}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
