import type { Source } from "@/lib/catalog/types";
import { cn } from "@/lib/cn";
import { formatDate } from "@/lib/format";

/**
 * A compact citation: "OpenAI · verified Nov 25, 2026", linking to the source. `className` adds
 * to its classes (a row of links pads it to a 24 px target, for instance).
 */
export function SourceLink({ source, label, className }: { source: Source | undefined; label: string; className?: string }) {
  if (!source) return null;
  return (
    <a
      href={source.url}
      rel="noopener noreferrer"
      className={cn("text-xs text-fg-subtle underline decoration-dotted underline-offset-2 hover:text-accent", className)}
      title={`${source.title} — verified ${formatDate(source.verifiedOn)}`}
      aria-label={`Source for ${label}: ${source.title}, verified ${formatDate(source.verifiedOn)}`}
    >
      {source.official ? "OpenAI" : hostOf(source.url)} · {formatDate(source.verifiedOn)}
    </a>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
