import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Verdict } from "@/lib/article/judge";

/** Symbol and words together: the verdict never rests on colour alone. */
export const VERDICT_LABEL: Record<Verdict, { symbol: string; text: string; tone: BadgeTone }> = {
  holds: { symbol: "✓", text: "Still true", tone: "good" },
  dated: { symbol: "⌛", text: "True then, not now", tone: "warn" },
  wrong: { symbol: "✗", text: "Wrong", tone: "danger" },
  open: { symbol: "?", text: "Cannot be checked", tone: "neutral" },
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const v = VERDICT_LABEL[verdict];
  return (
    <Badge tone={v.tone}>
      <span aria-hidden="true">{v.symbol}</span> {v.text}
    </Badge>
  );
}
