import { cva } from "class-variance-authority";

/** Checkboxes and radios (their colour is the accent, set once in app/globals.css). */
export const checkboxVariants = cva("size-4 shrink-0", {
  variants: {
    /** `top` lines the box up with the first line of a label that wraps or has a note under it. */
    align: { center: "", top: "mt-0.5" },
  },
  defaultVariants: { align: "center" },
});
