import { cva, type VariantProps } from "class-variance-authority";
import type { ReactNode } from "react";

import { cn } from "@/lib/cn";

/** The boxed look of a message; exported for boxes that are not announced (list items, card notes). */
export const noticeVariants = cva("rounded-md border px-3 py-2 text-sm text-fg", {
  variants: {
    tone: {
      warn: "border-warn-line bg-warn-soft",
      info: "border-accent-line bg-accent-soft",
    },
  },
  defaultVariants: { tone: "warn" },
});

/** A visible, announced message: used when a URL parameter was ignored, or a value clamped. */
export function Notice({
  title,
  children,
  tone,
  className,
}: {
  title: string;
  children?: ReactNode;
  className?: string;
} & VariantProps<typeof noticeVariants>) {
  return (
    <div role="status" className={cn(noticeVariants({ tone }), className)}>
      <p className="font-medium">{title}</p>
      {children ? <div className="mt-1">{children}</div> : null}
    </div>
  );
}
