/**
 * Words for a chart item's lifecycle and size, shared by axis ticks, tooltips, legends, tables
 * and CSV so every place says the same thing.
 */
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { formatDate, formatNumber, formatPercent } from "@/lib/format";

import type { ChartModelLabel } from "./types";

/**
 * Short, for a tick's second line (about 130 px): "Deprecated · full-size". A dated snapshot
 * says "snapshot" instead of its size (its alias, drawn next to it, says that).
 */
export function shortLifecycle(m: ChartModelLabel): string {
  const parts: string[] = [STATUS_LABEL[m.status]];
  if (m.kind === "snapshot") parts.push("snapshot");
  else if (m.size === "full-size") parts.push("full-size");
  return parts.join(" · ");
}

/** Long, for tooltips and tables: "Deprecated, shuts down Jan 14, 2027". */
export function lifecycleText(m: ChartModelLabel): string {
  switch (m.status) {
    case "deprecated":
      return m.shutdownDate ? `Deprecated, shuts down ${formatDate(m.shutdownDate)}` : "Deprecated";
    case "shutdown":
      return m.shutdownDate ? `Shut down ${formatDate(m.shutdownDate)}` : "Shut down";
    default:
      return STATUS_LABEL[m.status];
  }
}

/**
 * A point's label in a chart: the ID, plus what keeps it from being a pick when it is not one
 * ("gpt-4o-mini (retiring)", "o4-mini (shut down)"), so no label crowns a model that is leaving.
 */
export function pointLabel(m: ChartModelLabel): string {
  if (m.standing === "leaving") return `${m.id} (retiring)`;
  if (m.standing === "gone") return `${m.id} (${m.status === "shutdown" ? "shut down" : "status unknown"})`;
  return m.id;
}

/** For tables and CSV: "full-size reference" or "small"; snapshots say whose. */
export function sizeText(m: ChartModelLabel): string {
  const size = m.size === "full-size" ? "full-size reference" : "small";
  return m.kind === "snapshot" && m.aliasId ? `${size}, dated snapshot of ${m.aliasId}` : size;
}

/** Just the identity and lifecycle fields of a chart item (what rows and lists carry). */
export function pickLabel(m: ChartModelLabel): ChartModelLabel {
  return {
    id: m.id,
    displayName: m.displayName,
    kind: m.kind,
    aliasId: m.aliasId,
    size: m.size,
    status: m.status,
    shutdownDate: m.shutdownDate,
    callable: m.callable,
    standing: m.standing,
  };
}

/** A benchmark value in its unit: 87.5 → "87.5%", an index value 13 → "13". */
export function formatScore(value: number, unit: "%" | "index" | "score"): string {
  return unit === "%" ? formatPercent(value) : formatNumber(value);
}
