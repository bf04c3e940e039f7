import { useId } from "react";

import { checkboxVariants } from "@/components/ui/checkbox";
import { panelVariants } from "@/components/ui/panel";
import { RETIRING_SOON_DAYS } from "@/lib/catalog/lifecycle";
import type { Requirement } from "@/lib/migrate/capabilities";

/** What "meets the old model's capabilities" required, and the one need the data cannot know: fine-tuning. */
export function RequirementsPanel({
  fromId,
  requirements,
  fineTuning,
  onFineTuning,
}: {
  fromId: string;
  requirements: Requirement[];
  fineTuning: boolean;
  onFineTuning: (v: boolean) => void;
}) {
  const id = useId();
  return (
    <div className={panelVariants({ pad: "sm", surface: "muted", className: "space-y-2 text-sm" })}>
      <p className="font-medium" id={`${id}-title`}>
        What &ldquo;meets {fromId}&apos;s capabilities&rdquo; required
      </p>
      {requirements.length ? (
        <ul className="list-disc space-y-0.5 pl-5" aria-labelledby={`${id}-title`}>
          {requirements.map((r) => (
            <li key={r.key}>{r.text}</li>
          ))}
        </ul>
      ) : (
        <p>Nothing: {fromId} publishes none of the figures the check compares.</p>
      )}
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className={checkboxVariants({ align: "top" })}
          checked={fineTuning}
          onChange={(e) => onFineTuning(e.target.checked)}
        />
        <span>I use fine-tuning: the replacement must offer it too</span>
      </label>
      <p className="text-xs text-fg-subtle">
        Candidates are small models that stay callable for more than {RETIRING_SOON_DAYS} days, priced on your workload at the
        Standard tier. A figure a model does not publish cannot meet a requirement.
      </p>
    </div>
  );
}
