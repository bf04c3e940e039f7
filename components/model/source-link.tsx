import type { Source } from "@/lib/catalog/types";
import { formatDate } from "@/lib/format";

/** A compact citation: "OpenAI · verified Nov 25, 2026", linking to the source. */
export function SourceLink({ source, label }: { source: Source | undefined; label: string }) {
  if (!source) return null;
  return (
    <a
      href={source.url}
      rel="noopener noreferrer"
      className="text-xs text-fg-subtle underline decoration-dotted underline-offset-2 hover:text-accent"
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
