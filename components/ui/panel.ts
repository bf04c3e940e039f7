import { cva } from "class-variance-authority";

/** A bordered box that groups a part of a page: settings, a card, a table's frame. */
export const panelVariants = cva("rounded-lg border border-line", {
  variants: {
    surface: { none: "", raised: "bg-surface-raised", muted: "bg-surface-muted" },
    pad: { none: "", sm: "p-3", md: "p-3 sm:p-4", lg: "p-4 sm:p-6" },
  },
  defaultVariants: { surface: "none", pad: "none" },
});
