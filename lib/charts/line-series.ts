/**
 * Line styles of the calculator's cost-against-volume chart. Colours are eight entries of
 * recharts' colour-blind-safe autoPalette (as CSS light-dark() pairs, like palette.ts), chosen
 * so that any two differ by at least MIN_LINE_DELTA_E in OKLab in both themes: the eight of its
 * twelve whose closest pair is farthest apart. (The palette before drew amber-600 and orange-600,
 * ΔE 0.067: gpt-4o and gpt-6-luna looked the same.) Past eight lines the colours repeat with a
 * dash pattern, so two lines drawn together always differ in colour or in dash.
 */
export const LINE_COLORS = [
  "light-dark(#2373e6, #5396ff)", // blue
  "light-dark(#9b6e27, #ffc470)", // amber
  "light-dark(#017a58, #46d09f)", // aqua
  "light-dark(#a5386e, #e683ad)", // rose
  "light-dark(#6b53b0, #b8a4fe)", // violet
  "light-dark(#b13629, #ff9180)", // red
  "light-dark(#0681a0, #0bb1da)", // sky
  "light-dark(#723683, #ac71c0)", // purple
] as const;

/** Lines of the same dash must differ by this much (ΔE_OK); 0.09 is well past "barely noticeable" (0.02). */
export const MIN_LINE_DELTA_E = 0.09;

const DASHES = [undefined, "6 3", "2 3", "8 3 2 3"] as const;

export function lineStyle(index: number): { stroke: string; strokeDasharray: string | undefined } {
  return {
    stroke: LINE_COLORS[index % LINE_COLORS.length]!,
    strokeDasharray: DASHES[Math.floor(index / LINE_COLORS.length) % DASHES.length],
  };
}
