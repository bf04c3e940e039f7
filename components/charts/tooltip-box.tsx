import type { ReactNode } from "react";

/** The box every chart tooltip uses (HTML, so Tailwind's dark variants apply). */
export function TooltipBox({ title, sub, children }: { title: string; sub: string; children: ReactNode }) {
  return (
    <div
      role="tooltip"
      className="max-w-72 rounded-md border border-line-strong bg-surface-raised px-3 py-2 text-xs text-fg shadow-md"
    >
      <p className="font-mono text-sm font-semibold">{title}</p>
      <p className="mb-1 text-fg-subtle">{sub}</p>
      <div className="space-y-1.5">{children}</div>
    </div>
  );
}
