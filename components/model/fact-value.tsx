import type { Fact, Source } from "@/lib/catalog/types";
import { NOT_PUBLISHED } from "@/lib/format";

import { SourceLink } from "./source-link";

/** A figure with its source and date beside it, and its caveat underneath. */
export function FactValue<T>({
  fact,
  sources,
  label,
  format,
  corrections = [],
}: {
  fact: Fact<T> | undefined;
  sources: Record<string, Source>;
  label: string;
  format: (v: T) => string;
  /** Where the April 2025 article got this figure wrong: shown right under it. */
  corrections?: { articleClaim: string; correction: string }[];
}) {
  if (!fact) return <span className="text-fg-subtle">{NOT_PUBLISHED}</span>;
  return (
    <span className="inline-flex flex-col gap-0.5">
      <span className="flex flex-wrap items-baseline gap-x-2">
        {fact.value === null ? (
          <span className="text-fg-subtle">{NOT_PUBLISHED}</span>
        ) : (
          <span className="font-medium tabular-nums">{format(fact.value)}</span>
        )}
        <SourceLink source={sources[fact.source]} label={label} />
      </span>
      {fact.note ? <span className="text-xs text-fg-subtle">{fact.note}</span> : null}
      {corrections.map((c) => (
        <span key={c.articleClaim} className="text-xs text-warn">
          The April 2025 article was wrong here: it said “{c.articleClaim}” {c.correction}
        </span>
      ))}
    </span>
  );
}
