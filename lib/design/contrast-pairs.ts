import { contrastRatio, type Rgb } from "./color";

/** WCAG 2.x AA: body text (1.4.3) and the edges and states of controls (1.4.11). */
export const TEXT_MIN = 4.5;
export const NON_TEXT_MIN = 3;

export type ContrastPair = { fg: string; bg: string; min: number };

const SURFACES = ["surface", "surface-raised", "surface-muted", "surface-hover"];
/** Tinted backgrounds: notices, badges, and table rows that differ, are selected or cheapest. */
const TINTS = ["accent-soft", "good-soft", "warn-soft", "danger-soft"];
const TEXT = ["fg", "fg-muted", "fg-subtle", "accent", "good", "warn", "danger"];
/** Edges that are the only sign of a control or its state: field edges, focus ring and selection, an invalid field. */
const CONTROL_EDGES = ["field", "accent-strong", "danger"];

const each = (fgs: string[], bgs: string[], min: number): ContrastPair[] =>
  fgs.flatMap((fg) => bgs.map((bg) => ({ fg, bg, min })));

/**
 * Every foreground/background pairing the components use, by token name (app/globals.css
 * documents the roles). A tint lies between its -soft token and the surface, so checking
 * both ends covers translucent uses too.
 */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  // Any text on any background: a tinted row holds links, verdicts and hints like any other.
  ...each(TEXT, [...SURFACES, ...TINTS], TEXT_MIN),
  { fg: "on-accent", bg: "accent-solid", min: TEXT_MIN },
  { fg: "on-accent", bg: "accent-solid-hover", min: TEXT_MIN },
  // The chosen segment of a switch is drawn inverted; compare's "differs" tag sits on warn-line.
  { fg: "surface", bg: "fg", min: TEXT_MIN },
  { fg: "fg", bg: "warn-line", min: TEXT_MIN },
  ...each(CONTROL_EDGES, SURFACES, NON_TEXT_MIN),
  { fg: "accent-strong", bg: "accent-soft", min: NON_TEXT_MIN },
];

export type ContrastResult = ContrastPair & { ratio: number };

/** The pairs of `pairs` whose contrast in `colors` is below their minimum (an unknown token name fails). */
export function contrastFailures(colors: Readonly<Record<string, Rgb>>, pairs: readonly ContrastPair[]): ContrastResult[] {
  return pairs.flatMap((p) => {
    const fg = colors[p.fg];
    const bg = colors[p.bg];
    const ratio = fg && bg ? contrastRatio(fg, bg) : 0;
    return ratio >= p.min ? [] : [{ ...p, ratio: Math.round(ratio * 100) / 100 }];
  });
}
