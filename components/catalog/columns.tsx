import { createColumnHelper } from "@tanstack/react-table";

import { linkVariants } from "@/components/ui/link";
import { STATUS_SORT_ORDER as STATUS_ORDER } from "@/lib/catalog/lifecycle";
import type { CatalogRow } from "@/lib/catalog/rows";
import type { CatalogColumn } from "@/lib/url/catalog";
import { modelHref } from "@/lib/url/model";

import { DateCell, PercentCell, PriceCell, StatusCell, TokensCell, Unknown, YesNoCell } from "./cells";
import { catalogFeatures } from "./table-features";

// Links in table cells are plain <a>, not next/link: a 50-row page mounts up to 150 of them on
// every sort, and next/link's hooks made a 2,000-row sort ~16 % slower (bench: 35.9 → 30.2 ms).
// Their targets are prerendered pages and URL-state views, so a full navigation loses nothing.
const helper = createColumnHelper<typeof catalogFeatures, CatalogRow>();

/** Human names of the columns (headers, the column picker, notices). */
export const COLUMN_LABELS: Record<CatalogColumn, string> = {
  model: "Model ID",
  family: "Family",
  status: "Lifecycle",
  input: "Input $/1M",
  cached: "Cached input $/1M",
  output: "Output $/1M",
  context: "Context window",
  maxOutput: "Max output",
  image: "Image input",
  reasoning: "Reasoning",
  mmlu: "MMLU",
  gpqa: "GPQA Diamond",
  speed: "Output speed",
  released: "Released",
  cutoff: "Knowledge cutoff",
};

// Bigger-is-better columns sort descending on the first click; prices and dates ascending.
const num = { sortUndefined: "last" as const, sortFn: "basic" as const };

/** The line under a model ID, as one string (one DOM text node per row, not three). */
function modelSubtitle(r: CatalogRow): string {
  const name = r.kind === "snapshot" && r.aliasId ? `dated snapshot of ${r.aliasId}` : r.displayName;
  const alias = r.kind === "alias" && r.resolvesTo ? ` · alias → ${r.resolvesTo}` : "";
  // Why a search for "nano" lists a Luna model: its tier words (aka) say so under its name.
  const aka = r.aka.map((a) => ` · ${a.label}`).join("");
  return `${name}${alias}${r.size === "full-size" ? " · full-size reference" : ""}${aka}`;
}

export const catalogColumns = helper.columns([
  helper.display({
    id: "select",
    header: "Select",
    enableSorting: false,
    enableHiding: false,
  }),
  helper.accessor("id", {
    id: "model",
    header: COLUMN_LABELS.model,
    sortFn: "alphanumeric",
    enableHiding: false,
    cell: ({ row }) => {
      const r = row.original;
      return (
        <span className="flex min-w-52 flex-col max-sm:min-w-0">
          <a href={modelHref(r.id)} className={linkVariants({ underline: "hover", className: "font-mono text-sm" })}>
            {r.id}
          </a>
          <span className="text-xs text-fg-subtle">{modelSubtitle(r)}</span>
        </span>
      );
    },
  }),
  helper.accessor("family", { id: "family", header: COLUMN_LABELS.family, sortFn: "alphanumeric" }),
  helper.accessor((r) => STATUS_ORDER[r.status], {
    id: "status",
    header: COLUMN_LABELS.status,
    ...num,
    cell: ({ row }) => <StatusCell row={row.original} />,
  }),
  helper.accessor("input", { id: "input", header: COLUMN_LABELS.input, ...num, cell: (c) => <PriceCell value={c.getValue()} /> }),
  helper.accessor("cachedInput", {
    id: "cached",
    header: COLUMN_LABELS.cached,
    ...num,
    cell: (c) => <PriceCell value={c.getValue()} />,
  }),
  helper.accessor("output", {
    id: "output",
    header: COLUMN_LABELS.output,
    ...num,
    cell: (c) => <PriceCell value={c.getValue()} />,
  }),
  helper.accessor("contextWindow", {
    id: "context",
    header: COLUMN_LABELS.context,
    ...num,
    sortDescFirst: true,
    cell: (c) => <TokensCell value={c.getValue()} />,
  }),
  helper.accessor("maxOutput", {
    id: "maxOutput",
    header: COLUMN_LABELS.maxOutput,
    ...num,
    sortDescFirst: true,
    cell: (c) => <TokensCell value={c.getValue()} />,
  }),
  helper.accessor((r) => (r.imageInput === undefined ? undefined : Number(r.imageInput)), {
    id: "image",
    header: COLUMN_LABELS.image,
    ...num,
    sortDescFirst: true,
    cell: ({ row }) => <YesNoCell value={row.original.imageInput} />,
  }),
  helper.accessor((r) => (r.reasoning === undefined ? undefined : Number(r.reasoning)), {
    id: "reasoning",
    header: COLUMN_LABELS.reasoning,
    ...num,
    sortDescFirst: true,
    cell: ({ row }) => <YesNoCell value={row.original.reasoning} />,
  }),
  helper.accessor("mmlu", {
    id: "mmlu",
    header: COLUMN_LABELS.mmlu,
    ...num,
    sortDescFirst: true,
    cell: (c) => <PercentCell value={c.getValue()} />,
  }),
  helper.accessor("gpqa", {
    id: "gpqa",
    header: COLUMN_LABELS.gpqa,
    ...num,
    sortDescFirst: true,
    cell: (c) => <PercentCell value={c.getValue()} />,
  }),
  helper.accessor("tokensPerSecond", {
    id: "speed",
    header: COLUMN_LABELS.speed,
    ...num,
    sortDescFirst: true,
    cell: (c) => {
      const v = c.getValue();
      return v === undefined ? <Unknown /> : <span className="tabular-nums">{`${v} tok/s`}</span>;
    },
  }),
  helper.accessor("releaseDate", {
    id: "released",
    header: COLUMN_LABELS.released,
    sortUndefined: "last",
    sortFn: "alphanumeric",
    cell: (c) => <DateCell value={c.getValue()} />,
  }),
  helper.accessor("knowledgeCutoff", {
    id: "cutoff",
    header: COLUMN_LABELS.cutoff,
    sortUndefined: "last",
    sortFn: "alphanumeric",
    cell: (c) => <DateCell value={c.getValue()} />,
  }),
]);
