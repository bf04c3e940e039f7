import type { CSSProperties } from "react";

import { HATCH, SERIES, type SeriesKey } from "@/lib/charts/palette";

/** How a point is filled: solid, hollow (a ring in the series colour) or faded. */
export type SwatchLook = "solid" | "hollow" | "faded";
const FADED_OPACITY = 0.35;

/** A legend mark. Scatter points are solid (shape tells them apart); only bars are hatched. */
function Swatch({
  series,
  shape = "square",
  look = "solid",
}: {
  series: SeriesKey;
  shape?: "square" | "circle" | "diamond";
  look?: SwatchLook;
}) {
  const s = SERIES[series];
  const style: CSSProperties =
    look === "hollow"
      ? { border: `2px solid ${s.color}` }
      : {
          backgroundColor: s.color,
          backgroundImage: s.hatched && shape === "square" ? HATCH : undefined,
          opacity: look === "faded" ? FADED_OPACITY : undefined,
        };
  return (
    <span
      aria-hidden="true"
      style={style}
      className={
        shape === "circle"
          ? "inline-block size-3 shrink-0 rounded-full"
          : shape === "diamond"
            ? "inline-block size-2.5 shrink-0 rotate-45"
            : "inline-block size-3 shrink-0 rounded-sm border border-fg/10"
      }
    />
  );
}

/** An HTML legend (renders with the page, before and without the chart). */
export function Legend({
  items,
}: {
  items: { series: SeriesKey; shape?: "square" | "circle" | "diamond"; look?: SwatchLook; label?: string }[];
}) {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted">
      {items.map((i) => (
        <li key={`${i.series}-${i.look ?? "solid"}`} className="flex items-center gap-1.5">
          <Swatch series={i.series} shape={i.shape} look={i.look} />
          {i.label ?? SERIES[i.series].label}
        </li>
      ))}
    </ul>
  );
}
