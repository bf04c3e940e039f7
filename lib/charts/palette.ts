/**
 * Series colours of the charts, as CSS `light-dark()` pairs that follow the page's
 * `color-scheme` (set on <html> by the theme switch). They are entries 1–3 of recharts'
 * colour-blind-safe categorical palette (`autoPalette`, tuned to stay distinct under
 * protanopia, deuteranopia and tritanopia, ≥ 4.5:1 against the chart background). Copied as
 * strings so the HTML bar charts and legends, which ship without recharts, paint the same
 * colours; a unit test checks they still match recharts.
 */
export const PALETTE = {
  blue: "light-dark(#2373e6, #5396ff)",
  orange: "light-dark(#b65700, #e97e2b)",
  aqua: "light-dark(#017a58, #46d09f)",
} as const;

/** Colour (and, for self-reported, a hatch) of every series the charts draw. */
export const SERIES = {
  selfReported: { color: PALETTE.blue, hatched: true, label: "Self-reported (by OpenAI)" },
  independent: { color: PALETTE.orange, hatched: false, label: "Independent (third party)" },
  input: { color: PALETTE.blue, hatched: false, label: "Input" },
  cachedInput: { color: PALETTE.aqua, hatched: false, label: "Cached input" },
  output: { color: PALETTE.orange, hatched: false, label: "Output" },
  contextWindow: { color: PALETTE.blue, hatched: false, label: "Context window" },
  maxOutput: { color: PALETTE.orange, hatched: false, label: "Max output" },
} as const;
export type SeriesKey = keyof typeof SERIES;

/** The frontier line and neutral marks: zinc-600 / zinc-300, like the axes. */
export const NEUTRAL = "light-dark(#52525b, #d4d4d8)";

/** Diagonal stripes in the card colour over a series colour: how self-reported bars are told apart without colour. */
export const HATCH =
  "repeating-linear-gradient(135deg, transparent 0 2px, light-dark(rgb(255 255 255 / 0.5), rgb(24 24 27 / 0.5)) 2px 4px)";
