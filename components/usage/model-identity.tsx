import { Badge } from "@/components/ui/badge";
import type { ModelUsage } from "@/lib/usage/summary";

/** The ID as the file writes it, what the catalog resolves it to, or "unknown" and why. */
export function ModelIdentity({ model }: { model: ModelUsage }) {
  const id = model.identity;
  return (
    <>
      <span className="font-mono whitespace-nowrap">{model.model}</span>
      {id.known ? (
        id.familyId !== model.model ? (
          <span className="block text-xs font-normal whitespace-nowrap text-fg-subtle">
            snapshot of <span className="font-mono">{id.familyId}</span>
          </span>
        ) : null
      ) : (
        <span className="mt-1 block max-w-64 min-w-48 space-y-1 text-xs font-normal text-fg-muted">
          <Badge tone="warn">unknown: not priced</Badge>
          <span className="block">{id.message}</span>
        </span>
      )}
    </>
  );
}
