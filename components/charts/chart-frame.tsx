"use client";

import type { ReactNode } from "react";

import { useNearViewport } from "@/components/ui/use-near-viewport";
import { cn } from "@/lib/cn";

/**
 * The box the scatter is drawn in. Its height is set by className before recharts arrives, so
 * the page does not shift when the chart appears, and recharts loads only once the box comes
 * near the viewport. Text colour here is what the chart's ticks and labels use (`currentColor`).
 */
export function ChartFrame({ className, label, children }: { className?: string; label: string; children: ReactNode }) {
  const [ref, near] = useNearViewport<HTMLElement>();
  return (
    <figure ref={ref} aria-label={label} className={cn("relative m-0 w-full min-w-0 text-fg-muted", className)}>
      <div aria-hidden="true" className="absolute inset-0 rounded-md bg-surface-hover/50 [figure:has(svg)_&]:hidden" />
      <div className="relative h-full w-full">{near ? children : null}</div>
    </figure>
  );
}
