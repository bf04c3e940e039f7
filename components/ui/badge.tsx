import { cva, type VariantProps } from "class-variance-authority";
import type { HTMLAttributes } from "react";

import type { StatusOn } from "@/lib/catalog/lifecycle";
import { cn } from "@/lib/cn";

export const badgeVariants = cva(
  "inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap",
  {
    variants: {
      tone: {
        neutral: "border-line-strong bg-surface-muted text-fg-muted",
        good: "border-good-line bg-good-soft text-good",
        warn: "border-warn-line bg-warn-soft text-warn",
        danger: "border-danger-line bg-danger-soft text-danger",
        info: "border-accent-line bg-accent-soft text-accent",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

export type BadgeTone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;

/** The lifecycle colours: the one place a status becomes a tone (on any day: not yet released too). */
export const STATUS_TONE = {
  active: "good",
  deprecated: "warn",
  shutdown: "danger",
  unknown: "neutral",
  unreleased: "neutral",
} as const satisfies Record<StatusOn, BadgeTone>;

export function Badge({ className, tone, ...props }: HTMLAttributes<HTMLSpanElement> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
