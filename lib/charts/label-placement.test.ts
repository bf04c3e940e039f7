import { describe, expect, it } from "vitest";

import { estimateTextWidth, placeLabels } from "./label-placement";

const bounds = { x: 0, y: 0, width: 400, height: 300 };
const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("placeLabels", () => {
  it("puts a lone label above its point", () => {
    const [l] = placeLabels([{ key: "a", text: "gpt-4o-mini", x: 200, y: 150 }], bounds);
    expect(l).toMatchObject({ anchor: "middle", x: 200 });
    expect(l!.y).toBeLessThan(150);
  });

  it("moves a label that would collide to another side", () => {
    const labels = placeLabels(
      [
        { key: "a", text: "gpt-5.4-nano", x: 200, y: 100 },
        { key: "b", text: "gpt-5-mini", x: 215, y: 102 },
      ],
      bounds,
    );
    expect(overlaps(labels[0]!.box, labels[1]!.box)).toBe(false);
  });

  it("keeps labels inside the plot near its edges", () => {
    const [l] = placeLabels([{ key: "a", text: "gpt-5.4-mini", x: 398, y: 5 }], bounds);
    expect(l!.box.x + l!.box.width).toBeLessThanOrEqual(400);
    expect(l!.box.y).toBeGreaterThanOrEqual(0);
  });

  it("never overlaps in a crowded but solvable cluster", () => {
    const pts = [
      { key: "a", text: "gpt-4.1-nano", x: 100, y: 150 },
      { key: "b", text: "gpt-4o-mini", x: 110, y: 170 },
      { key: "c", text: "gpt-6-luna", x: 95, y: 130 },
    ];
    const labels = placeLabels(pts, bounds);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!.box, labels[j]!.box)).toBe(false);
  });

  it("estimates text width from its length", () => {
    expect(estimateTextWidth("gpt-4o", 10)).toBeGreaterThan(estimateTextWidth("o3", 10));
  });
});
