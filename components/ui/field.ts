import { cva } from "class-variance-authority";

/** Text inputs, number fields, selects and text areas. An invalid field (aria-invalid) turns red. */
export const fieldVariants = cva(
  "rounded-md border border-field bg-surface-raised text-fg disabled:opacity-50 aria-[invalid=true]:border-danger",
  {
    variants: {
      size: {
        sm: "h-9 px-2 text-sm",
        // 16 px text on phones: smaller makes iOS zoom into the field.
        md: "h-10 px-3 text-base sm:text-sm",
        area: "px-3 py-2 text-base sm:text-sm",
      },
      /** Figures line up by their digits. */
      numeric: { true: "text-right font-mono tabular-nums", false: "" },
    },
    defaultVariants: { size: "sm", numeric: false },
  },
);
