/**
 * Placement of point labels in a scatter chart: each label goes to the first side (above,
 * below, right, left, then the corners) where it overlaps no label placed before it, no point
 * marker and stays inside the plot; if every side collides, the least-bad side wins. Greedy,
 * in the order given. Pure pixel arithmetic, so it is unit-tested without a browser.
 */

type Box = { x: number; y: number; width: number; height: number };
type LabelTarget = { key: string; text: string; x: number; y: number };
type PlacedLabel = {
  key: string;
  text: string;
  /** Text anchor point (SVG `x`, baseline `y`) and its alignment. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  box: Box;
};

/** Average glyph width of the UI sans at 1px font size: good enough to avoid collisions. */
const GLYPH_WIDTH = 0.58;

export function estimateTextWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * GLYPH_WIDTH);
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(a: Box, bounds: Box): number {
  const left = Math.max(0, bounds.x - a.x);
  const right = Math.max(0, a.x + a.width - (bounds.x + bounds.width));
  const top = Math.max(0, bounds.y - a.y);
  const bottom = Math.max(0, a.y + a.height - (bounds.y + bounds.height));
  return (left + right) * a.height + (top + bottom) * a.width;
}

type Side = { anchor: PlacedLabel["anchor"]; dx: number; dy: number };

export function placeLabels(
  targets: readonly LabelTarget[],
  bounds: Box,
  { fontSize = 11, markerRadius = 6, gap = 3 }: { fontSize?: number; markerRadius?: number; gap?: number } = {},
): PlacedLabel[] {
  const h = Math.ceil(fontSize * 1.2);
  const off = markerRadius + gap;
  const sides: Side[] = [
    { anchor: "middle", dx: 0, dy: -off },
    { anchor: "middle", dx: 0, dy: off + h },
    { anchor: "start", dx: off, dy: h / 3 },
    { anchor: "end", dx: -off, dy: h / 3 },
    { anchor: "start", dx: off * 0.7, dy: -off * 0.7 },
    { anchor: "start", dx: off * 0.7, dy: off * 0.7 + h },
    { anchor: "end", dx: -off * 0.7, dy: -off * 0.7 },
    { anchor: "end", dx: -off * 0.7, dy: off * 0.7 + h },
  ];
  const markers: Box[] = targets.map((t) => ({
    x: t.x - markerRadius,
    y: t.y - markerRadius,
    width: markerRadius * 2,
    height: markerRadius * 2,
  }));
  const placed: PlacedLabel[] = [];
  for (const t of targets) {
    const w = estimateTextWidth(t.text, fontSize);
    let best: PlacedLabel | null = null;
    let bestCost = Infinity;
    for (const s of sides) {
      const x = t.x + s.dx;
      const y = t.y + s.dy;
      const left = s.anchor === "middle" ? x - w / 2 : s.anchor === "end" ? x - w : x;
      // The box spans from the baseline up by the line height (descenders are ignored).
      const box = { x: left, y: y - h + 2, width: w, height: h };
      const cost =
        placed.reduce((c, p) => c + overlapArea(box, p.box), 0) +
        markers.reduce((c, m) => c + overlapArea(box, m), 0) +
        outside(box, bounds) * 2;
      if (cost < bestCost) {
        bestCost = cost;
        best = { key: t.key, text: t.text, x, y, anchor: s.anchor, box };
        if (cost === 0) break;
      }
    }
    if (best) placed.push(best);
  }
  return placed;
}
