"use client";

import { useEffect, useRef, type ReactNode } from "react";

import { cn } from "@/lib/cn";

import { disclosureVariants } from "./disclosure";

/**
 * A filter control that opens over the page instead of growing in place: a native <details>
 * (keyboard and screen readers get expand/collapse for free) whose content floats under its
 * summary. In a row of form fields, an inline disclosure made the whole row as tall as its open
 * list, pushing the search field down and leaving a gap. Escape or a click outside closes it.
 */
export function PopoverDisclosure({
  summary,
  children,
  align = "start",
  className,
}: {
  summary: ReactNode;
  children: ReactNode;
  /** Which edge of the summary the panel lines up with: "end" for controls at the right of a row. */
  align?: "start" | "end";
  className?: string;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const close = (refocus: boolean) => {
      if (!details.open) return;
      details.open = false;
      if (refocus) details.querySelector("summary")?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (e.target instanceof Node && !details.contains(e.target)) close(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && details.open) {
        e.preventDefault();
        close(true);
      }
    };
    document.addEventListener("pointerdown", onPointer);
    details.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      details.removeEventListener("keydown", onKey);
    };
  }, []);
  return (
    <details ref={ref} className={cn(disclosureVariants(), "relative", className)}>
      <summary className="cursor-pointer font-medium">{summary}</summary>
      <div
        className={cn(
          "absolute top-full z-30 mt-1 w-max max-w-[calc(100vw-2rem)] rounded-md border border-line-strong bg-surface-raised px-3 pt-1 pb-3 shadow-lg",
          align === "end" ? "right-0" : "left-0",
        )}
      >
        {children}
      </div>
    </details>
  );
}
