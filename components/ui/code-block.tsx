import { cn } from "@/lib/cn";

/**
 * Light text on a dark panel in both themes. The `dark` class makes the block a dark-theme island
 * (the tokens take their dark values inside it), so it needs no colours of its own. A scroll box
 * is positioned, so nothing absolutely positioned inside it can escape and widen the page.
 */
const codeBlockClass = "dark relative overflow-auto rounded-lg bg-surface-raised p-3 text-xs text-fg";

/**
 * A listing that scrolls (long lines on a phone): a named region in the tab order, so a keyboard
 * user can reach it and scroll it with the arrow keys (WCAG 2.1.1), and a screen reader names it.
 */
export function CodeBlock({ code, label, className }: { code: string; label: string; className?: string }) {
  return (
    <pre tabIndex={0} role="region" aria-label={label} className={cn(codeBlockClass, className)}>
      <code>{code}</code>
    </pre>
  );
}
