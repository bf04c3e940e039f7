/**
 * The wizard's export: the shortlist as the result step shows it, best first. Each pick's
 * figures (cost of the workload, limits, image input, quality, speed, lifecycle) as raw values
 * with units in the headers, and the card's explanations as text.
 */
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { DAYS_PER_MONTH } from "@/lib/cost/article-workload";
import type { Pick } from "@/lib/recommend/types";

import { ISO_DATE, type ExportColumn, type ExportTable } from "./table";

const COLUMNS: ExportColumn[] = [
  { key: "rank", label: "Rank" },
  { key: "model", label: "Model ID" },
  { key: "name", label: "Name" },
  { key: "status", label: "Lifecycle" },
  { key: "shutdownDate", label: "Shutdown date", unit: ISO_DATE },
  { key: "perMonth", label: "Cost per month, Standard tier", unit: `USD, ${DAYS_PER_MONTH}-day month` },
  { key: "perDay", label: "Cost per day, Standard tier", unit: "USD" },
  { key: "contextWindow", label: "Context window", unit: "tokens" },
  { key: "maxInput", label: "Max input", unit: "tokens" },
  { key: "imageInput", label: "Image input", unit: "yes/no" },
  { key: "qualityBenchmark", label: "Quality benchmark" },
  { key: "qualityScore", label: "Quality score", unit: "%" },
  { key: "qualitySetting", label: "Quality measured at" },
  { key: "speed", label: "Output speed", unit: "tokens/s" },
  { key: "why", label: "Why it is here" },
  { key: "givesUp", label: "What you give up" },
  { key: "whenOther", label: "When another model wins" },
  { key: "warning", label: "Lifecycle warning" },
  { key: "costNotes", label: "Cost notes" },
];

/** The card's lists as one cell: its sentences in order. */
const sentences = (items: readonly string[]) => items.join(" ");

export function wizardExportTable(shortlist: readonly Pick[]): ExportTable {
  return {
    columns: COLUMNS,
    rows: shortlist.map((p) => {
      const c = p.candidate;
      return {
        rank: p.rank,
        model: c.id,
        name: c.displayName,
        status: STATUS_LABEL[p.status],
        shutdownDate: c.lifecycle.shutdownDate,
        perMonth: p.cost.perMonth,
        perDay: p.cost.perDay,
        contextWindow: c.contextWindow,
        maxInput: c.maxInput,
        imageInput: c.inputModalities ? c.inputModalities.includes("image") : null,
        qualityBenchmark: c.quality?.benchmark ?? null,
        qualityScore: c.quality?.value ?? null,
        qualitySetting: c.quality ? (c.quality.setting ? `${c.quality.setting} effort` : "") : null,
        speed: c.speed?.tokensPerSecond ?? null,
        why: p.why,
        givesUp: sentences(p.givesUp),
        whenOther: sentences(p.whenOther),
        warning: sentences(p.warnings.map((w) => w.text)),
        costNotes: sentences(p.cost.notes),
      };
    }),
  };
}
