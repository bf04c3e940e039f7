import { cva, type VariantProps } from "class-variance-authority";
import type { ButtonHTMLAttributes } from "react";

import { cn } from "@/lib/cn";

export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-1.5 rounded-md text-sm font-medium transition-colors disabled:pointer-events-none disabled:opacity-50",
  {
    variants: {
      variant: {
        primary: "bg-accent-solid text-on-accent hover:bg-accent-solid-hover",
        // A toggle (aria-pressed) shows its pressed state in the accent.
        secondary:
          "border border-line-strong bg-surface-raised text-fg hover:bg-surface-hover aria-pressed:border-accent-strong aria-pressed:bg-accent-soft aria-pressed:text-accent",
        ghost: "text-fg-muted hover:bg-surface-hover",
      },
      // field: as tall as the text field it sits beside.
      size: { sm: "h-8 px-2.5", md: "h-9 px-3.5", field: "h-10 px-3" },
    },
    defaultVariants: { variant: "secondary", size: "md" },
  },
);

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & VariantProps<typeof buttonVariants>;

export function Button({ className, variant, size, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
