"use client";

import { useId, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from "react";

import type { BarScale } from "@/lib/charts/bar-scale";
import { HATCH, SERIES, type SeriesKey } from "@/lib/charts/palette";
import { stepIndex } from "@/lib/charts/step-index";
import { cn } from "@/lib/cn";

export type BarRow = {
  id: string;
  /** The name's second line: "Deprecated · full-size" (lib/charts/labels.ts). */
  sub: string;
  /** One value per series, in the chart's series order; null draws no bar (never zero). */
  values: readonly (number | null)[];
};

type Props = {
  /** The figure's accessible name, e.g. "Bar chart: MMLU scores by model". */
  label: string;
  /** What the keyboard does, read once when the chart gets focus. */
  keyHint: string;
  series: readonly SeriesKey[];
  rows: readonly BarRow[];
  scale: BarScale;
  /** A value as its label right of the bar and in the spoken summary. */
  format: (value: number) => string;
  /** A tick's label (defaults to `format`). */
  formatTick?: (value: number) => string;
  axisTitle: string;
  /** px kept right of the plot for the value labels of the longest bars. */
  valueRoom: number;
  /** The tooltip of the highlighted row. */
  tooltip: (index: number) => ReactNode;
};

const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * A horizontal bar chart in HTML and CSS: one row per model, one bar per series, widths in
 * percent of the plot. It needs no measuring and no charting library, so the server draws it
 * and it costs the browser next to nothing to hydrate (issue 15: recharts' module and its first
 * render were most of /charts' blocking time). recharts stays for the scatter only.
 *
 * Names sit in a 132 px gutter left of the bars on wide screens and on a line above them under
 * Tailwind's `sm` (40rem), where a gutter would leave the bars a third of the card. That switch
 * is CSS, so the server's HTML is right at any width.
 *
 * One tab stop: focus highlights the first model and shows its tooltip; the arrow keys, Home and
 * End move (lib/charts/step-index.ts); pointing at a row does the same. A polite live region says
 * the highlighted row's values, since a tooltip is not announced.
 */
export function BarChart({
  label,
  keyHint,
  series,
  rows,
  scale,
  format,
  formatTick = format,
  axisTitle,
  valueRoom,
  tooltip,
}: Props) {
  const [active, setActive] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const hintId = useId();
  const shown = active !== null && active < rows.length ? active : null;

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === "Escape") return setActive(null);
    const next = stepIndex(shown, e.key, rows.length);
    if (next === undefined) return;
    e.preventDefault();
    setActive(next);
  }

  return (
    <figure
      aria-label={label}
      className="m-0 w-full min-w-0 text-fg-muted [--gutter:136px] max-sm:[--gutter:5px]"
      style={{ "--value-room": `${valueRoom}px` } as CSSProperties}
    >
      <div
        role="application"
        tabIndex={0}
        aria-label={label.replace(/^Bar chart: /, "")}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setFocused(true);
          setActive((a) => a ?? 0);
        }}
        onBlur={() => {
          setFocused(false);
          setActive(null);
        }}
        onPointerLeave={() => {
          if (!focused) setActive(null);
        }}
        className="rounded-md"
      >
        <div className="relative">
          <div
            aria-hidden="true"
            data-testid="plot"
            className="pointer-events-none absolute inset-y-0 right-(--value-room) left-(--gutter)"
          >
            {scale.ticks.map((t) => (
              <span key={t} className="absolute inset-y-0 w-px bg-line" style={{ left: pct(scale.at(t)) }} />
            ))}
          </div>
          {rows.map((row, i) => (
            <Row
              key={row.id}
              row={row}
              series={series}
              scale={scale}
              format={format}
              on={shown === i}
              onPoint={() => setActive(i)}
            >
              {shown === i ? tooltip(i) : null}
            </Row>
          ))}
        </div>
        <Axis scale={scale} formatTick={formatTick} title={axisTitle} />
      </div>
      <p id={hintId} className="sr-only">
        {keyHint}
      </p>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {shown !== null ? spoken(rows[shown]!, series, format) : ""}
      </p>
    </figure>
  );
}

/** "gpt-5-mini (Deprecated): Input $0.25; Cached input not published; Output $2.00". */
function spoken(row: BarRow, series: readonly SeriesKey[], format: (v: number) => string): string {
  const values = series.map((k, j) => {
    const v = row.values[j];
    return `${SERIES[k].label} ${v === null || v === undefined ? "not published" : format(v)}`;
  });
  return `${row.id} (${row.sub}): ${values.join("; ")}`;
}

function Row({
  row,
  series,
  scale,
  format,
  on,
  onPoint,
  children,
}: {
  row: BarRow;
  series: readonly SeriesKey[];
  scale: BarScale;
  format: (v: number) => string;
  on: boolean;
  onPoint: () => void;
  children: ReactNode;
}) {
  return (
    <div
      onPointerEnter={onPoint}
      className={cn(
        "relative flex min-h-11 items-center py-2 max-sm:flex-col max-sm:items-stretch max-sm:gap-1 max-sm:pt-1 max-sm:pb-4",
        on && "bg-surface-hover/70",
      )}
    >
      <p className="w-(--gutter) shrink-0 pr-1.5 text-right leading-tight max-sm:w-auto max-sm:truncate max-sm:pr-0 max-sm:pl-(--gutter) max-sm:text-left">
        <span className="block text-xs font-semibold text-fg max-sm:inline">{row.id}</span>
        {row.sub ? (
          <>
            <span className="hidden max-sm:inline"> · </span>
            <span className="block text-[10.5px] max-sm:inline">{row.sub}</span>
          </>
        ) : null}
      </p>
      <div className="relative mr-(--value-room) flex min-w-0 flex-1 flex-col gap-0.5 max-sm:ml-(--gutter) max-sm:gap-px">
        {series.map((k, j) => (
          <Bar key={k} series={k} value={row.values[j] ?? null} scale={scale} format={format} />
        ))}
      </div>
      {children ? <div className="pointer-events-none absolute top-full left-(--gutter) z-20 -mt-1">{children}</div> : null}
    </div>
  );
}

function Bar({
  series,
  value,
  scale,
  format,
}: {
  series: SeriesKey;
  value: number | null;
  scale: BarScale;
  format: (v: number) => string;
}) {
  if (value === null) return <div className="h-3" />;
  const s = SERIES[series];
  const at = pct(scale.at(value));
  return (
    <div className="relative h-3">
      <div
        className="absolute inset-y-0 left-0 min-w-px"
        style={{
          width: at,
          backgroundColor: s.color,
          backgroundImage: s.hatched ? HATCH : undefined,
          boxShadow: s.hatched ? `inset 0 0 0 1px ${s.color}` : undefined,
        }}
      />
      <span
        className="absolute top-1/2 -translate-y-1/2 pl-1 text-[11px] leading-none whitespace-nowrap text-fg tabular-nums"
        style={{ left: at }}
      >
        {format(value)}
      </span>
    </div>
  );
}

/** The value axis under the plot: its grid lines' labels and its title. */
function Axis({ scale, formatTick, title }: { scale: BarScale; formatTick: (v: number) => string; title: string }) {
  return (
    <div aria-hidden="true" className="mr-(--value-room) ml-(--gutter) text-xs">
      <div className="relative h-5 border-t border-line-strong">
        {scale.ticks.map((t) => (
          <span
            key={t}
            className="absolute top-1 -translate-x-1/2 leading-none whitespace-nowrap tabular-nums"
            style={{ left: pct(scale.at(t)) }}
          >
            {formatTick(t)}
          </span>
        ))}
      </div>
      <p className="text-center font-semibold">{title}</p>
    </div>
  );
}
