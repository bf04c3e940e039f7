import { Badge } from "@/components/ui/badge";
import type { ModelUsage } from "@/lib/usage/summary";

/** The ID as the file writes it, what the catalog resolves it to, or "unknown" and why. */
export function ModelIdentity({ model }: { model: ModelUsage }) {
  const id = model.identity;
  return (
    <>
      <span className="font-mono break-all">{model.model}</span>
      {id.known ? (
        id.familyId !== model.model ? (
          <span className="block text-xs font-normal text-fg-subtle">
            snapshot of <span className="font-mono">{id.familyId}</span>
          </span>
        ) : null
      ) : (
        <span className="mt-1 block space-y-1 text-xs font-normal text-fg-muted">
          <Badge tone="warn">unknown: not priced</Badge>
          <span className="block">{id.message}</span>
        </span>
      )}
    </>
  );
}
