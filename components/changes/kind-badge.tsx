import { Badge, type BadgeTone } from "@/components/ui/badge";
import { KIND_LABEL } from "@/lib/changes/describe";
import type { ChangeKind } from "@/lib/changes/kinds";

/** A kind's colour follows the lifecycle's: a shutdown is danger, a notice a warning. */
const KIND_TONE: Record<ChangeKind, BadgeTone> = {
  release: "good",
  price: "info",
  notice: "warn",
  shutdown: "danger",
  replacement: "neutral",
};

export function KindBadge({ kind }: { kind: ChangeKind }) {
  return <Badge tone={KIND_TONE[kind]}>{KIND_LABEL[kind]}</Badge>;
}
