/**
 * A code listing: light text on a dark panel in both themes. The `dark` class makes the block a
 * dark-theme island (the tokens take their dark values inside it), so it needs no colours of its own.
 */
export const codeBlockClass = "dark overflow-auto rounded-lg bg-surface-raised p-3 text-xs text-fg";
