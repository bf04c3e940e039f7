import { cva, type VariantProps } from "class-variance-authority";
import type { ReactNode } from "react";

import { cn } from "@/lib/cn";

import { panelVariants } from "./panel";

export const disclosureVariants = cva("text-sm", {
  variants: {
    /** `control`: a compact filter among form fields; `section`: a block of a page. */
    look: { control: "rounded-md border border-line-strong px-3 py-2", section: panelVariants({ pad: "sm" }) },
    surface: { none: "", raised: "bg-surface-raised" },
  },
  defaultVariants: { look: "control", surface: "none" },
});

/** A native <details>: keyboard and screen readers get the expand/collapse for free. */
export function Disclosure({
  summary,
  children,
  look,
  surface,
  className,
}: { summary: ReactNode; children: ReactNode; className?: string } & VariantProps<typeof disclosureVariants>) {
  return (
    <details className={cn(disclosureVariants({ look, surface }), className)}>
      <summary className="cursor-pointer font-medium">{summary}</summary>
      {children}
    </details>
  );
}
