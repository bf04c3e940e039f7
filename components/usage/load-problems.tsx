import { Notice } from "@/components/ui/notice";
import type { UsageProblem } from "@/lib/usage/types";

/** Why the chosen files could not be used; the result on screen (if any) is the previous one. */
export function LoadProblems({ problems, hasResult }: { problems: UsageProblem[]; hasResult: boolean }) {
  if (!problems.length) return null;
  const cancelled = problems.every((p) => p.code === "cancelled");
  const kept = hasResult ? " The figures below are still those of the files loaded before." : "";
  if (cancelled) return <Notice title={`Reading was cancelled.${kept}`} tone="info" />;
  return (
    <div role="alert" className="space-y-1 rounded-md border border-danger-line bg-danger-soft px-3 py-2 text-sm text-fg">
      <p className="font-medium">
        {problems.length === 1 ? "This file could not be used." : "These files could not be used."}
        {kept}
      </p>
      <ul className="list-inside list-disc space-y-1 break-words">
        {problems.map((p, i) => (
          <li key={i}>
            {p.file ? <span className="font-medium">{p.file}: </span> : null}
            {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
