import { cva } from "class-variance-authority";

/** Text links, and buttons that read as links. */
export const linkVariants = cva("text-accent underline-offset-2", {
  variants: {
    /** `hover`: links in tables, where many underlines would be noise. */
    underline: { always: "underline", hover: "hover:underline" },
    weight: { normal: "", medium: "font-medium" },
  },
  defaultVariants: { underline: "always", weight: "medium" },
});
