import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A visible, announced message: used when a URL parameter was ignored, or a value clamped. */
export function Notice({
  title,
  children,
  tone = "warn",
  className,
}: {
  title: string;
  children?: ReactNode;
  tone?: "warn" | "info";
  className?: string;
}) {
  return (
    <div
      role="status"
      className={cn(
        "rounded-md border px-3 py-2 text-sm",
        tone === "warn"
          ? "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100"
          : "border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100",
        className,
      )}
    >
      <p className="font-medium">{title}</p>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
