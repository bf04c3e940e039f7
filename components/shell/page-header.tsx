import type { ReactNode } from "react";

/** A page's title and the paragraph under it that says what the page is for. */
export function PageHeader({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="max-w-3xl space-y-2">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-fg-muted">{children}</p>
    </div>
  );
}
