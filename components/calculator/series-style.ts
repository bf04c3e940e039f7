/** Line colours of the cost chart: mid-tones that read on white and on zinc-950. Dashes tell apart lines past the palette. */
const COLORS = ["#0284c7", "#dc2626", "#16a34a", "#d97706", "#9333ea", "#db2777", "#0d9488", "#4f46e5", "#65a30d", "#ea580c"];
const DASHES = [undefined, "6 3", "2 3", "8 3 2 3"];

export function seriesStyle(index: number): { stroke: string; strokeDasharray: string | undefined } {
  return { stroke: COLORS[index % COLORS.length]!, strokeDasharray: DASHES[Math.floor(index / COLORS.length) % DASHES.length] };
}
