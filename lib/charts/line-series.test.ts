import { autoPalette } from "recharts";
import { describe, expect, it } from "vitest";

import { contrastRatio, deltaEOk, parseColor, type Rgb } from "@/lib/design/color";

import { LINE_COLORS, lineStyle, MIN_LINE_DELTA_E } from "./line-series";

/** The light and the dark colour of a light-dark() pair. */
function sides(value: string): [Rgb, Rgb] {
  const m = /^light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)$/i.exec(value);
  if (!m) throw new Error(`not a light-dark() pair: ${value}`);
  return [parseColor(m[1]!)!, parseColor(m[2]!)!];
}

// The chart's background: surface in each theme (white; zinc-950 in app/globals.css).
const BACKGROUNDS = [parseColor("#ffffff")!, parseColor("#09090b")!] as const;
/** Every line drawn together, as many as the calculator can show (8 colours × 4 dashes). */
const MOST_LINES = 32;

describe("line styles of the cost chart", () => {
  it("are recharts' colour-blind-safe palette entries", () => {
    for (const c of LINE_COLORS) expect(autoPalette).toContain(c);
  });

  it("any two lines drawn together differ by the dash or by at least the stated ΔE, in both themes", () => {
    const styles = Array.from({ length: MOST_LINES }, (_, i) => lineStyle(i));
    let closest = Infinity;
    for (let i = 0; i < styles.length; i++) {
      for (let j = i + 1; j < styles.length; j++) {
        const [a, b] = [styles[i]!, styles[j]!];
        if (a.strokeDasharray !== b.strokeDasharray) continue;
        const [al, ad] = sides(a.stroke);
        const [bl, bd] = sides(b.stroke);
        closest = Math.min(closest, deltaEOk(al, bl), deltaEOk(ad, bd));
      }
    }
    expect(closest).toBeGreaterThanOrEqual(MIN_LINE_DELTA_E);
    expect(new Set(styles.map((s) => `${s.stroke}|${s.strokeDasharray}`)).size).toBe(MOST_LINES);
  });

  it("every colour stands out from the chart's background (3:1, the minimum for graphics)", () => {
    for (const c of LINE_COLORS) {
      const [light, dark] = sides(c);
      expect(contrastRatio(light, BACKGROUNDS[0])).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(dark, BACKGROUNDS[1])).toBeGreaterThanOrEqual(3);
    }
  });
});
