"use client";

import type { CSSProperties, KeyboardEvent, ReactNode } from "react";

import { useNearViewport } from "@/components/ui/use-near-viewport";
import { cn } from "@/lib/cn";

/**
 * recharts' accessibility layer steps through a chart with Left/Right only. In a horizontal
 * bar chart the models run top to bottom, so Down/Up step to the next/previous model too
 * (recharts moves down the list on Left, up on Right in this layout).
 */
const VERTICAL_KEYS: Record<string, string> = { ArrowDown: "ArrowLeft", ArrowUp: "ArrowRight" };

function onKeyDownCapture(e: KeyboardEvent<HTMLElement>) {
  const mapped = VERTICAL_KEYS[e.key];
  const target = e.target;
  if (!mapped || !(target instanceof SVGSVGElement) || target.getAttribute("role") !== "application") return;
  e.preventDefault();
  e.stopPropagation();
  target.dispatchEvent(new globalThis.KeyboardEvent("keydown", { key: mapped, bubbles: true }));
}

/**
 * The box a chart is drawn in. Its height is known before recharts arrives (from the number
 * of models), so the page does not shift when the chart appears. Text colour here is what the
 * charts' ticks and labels use (`currentColor`).
 */
export function ChartFrame({
  height,
  narrowHeight,
  className,
  label,
  verticalKeys = false,
  children,
}: {
  /** px; omit to size by className (the scatter uses responsive CSS heights). */
  height?: number;
  /** px under the `sm` breakpoint, where bar charts put names above the bars (lib/charts/bar-layout.ts). */
  narrowHeight?: number;
  className?: string;
  label: string;
  /** Models run top to bottom (horizontal bars): map Up/Down to recharts' keys. */
  verticalKeys?: boolean;
  children: ReactNode;
}) {
  const [ref, near] = useNearViewport<HTMLElement>();
  return (
    <figure
      ref={ref}
      aria-label={label}
      onKeyDownCapture={verticalKeys ? onKeyDownCapture : undefined}
      className={cn(
        "relative m-0 w-full min-w-0 text-fg-muted",
        narrowHeight !== undefined && "h-(--chart-height) max-sm:h-(--chart-height-narrow)",
        className,
      )}
      style={
        narrowHeight !== undefined
          ? ({ "--chart-height": `${height}px`, "--chart-height-narrow": `${narrowHeight}px` } as CSSProperties)
          : height
            ? { height }
            : undefined
      }
    >
      <div aria-hidden="true" className="absolute inset-0 rounded-md bg-surface-hover/50 [figure:has(svg)_&]:hidden" />
      <div className="relative h-full w-full">{near ? children : null}</div>
    </figure>
  );
}
