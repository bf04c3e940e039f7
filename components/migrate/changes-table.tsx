import { panelVariants } from "@/components/ui/panel";
import { cn } from "@/lib/cn";
import { changeText, type ChangeRow } from "@/lib/migrate/changes";

const VERDICT_CLASS = {
  same: "text-fg-subtle",
  better: "font-medium text-good",
  worse: "font-medium text-danger",
  neutral: "font-medium",
} as const;

function Verdict({ row }: { row: ChangeRow }) {
  const tone = !row.changed ? "same" : (row.verdict ?? "neutral");
  return <span className={cn("block text-xs", VERDICT_CLASS[tone])}>{changeText(row)}</span>;
}

/** Side by side: every field, with changed rows marked in words (not only colour). */
export function ChangesTable({ rows, fromId, toId }: { rows: ChangeRow[]; fromId: string; toId: string }) {
  return (
    <div
      role="region"
      aria-label={`Side by side: ${fromId} and ${toId}`}
      tabIndex={0}
      className={panelVariants({ className: "relative overflow-x-auto" })}
    >
      <table className="w-full table-fixed text-left text-sm">
        <caption className="sr-only">
          Side by side: {fromId} and {toId}. Changed rows say whether the change is better or worse for you.
        </caption>
        <colgroup>
          <col className="w-[30%]" />
          <col className="w-[35%]" />
          <col className="w-[35%]" />
        </colgroup>
        <thead className="bg-surface-muted">
          <tr>
            <th scope="col" className="p-2 font-medium">
              Field
            </th>
            <th scope="col" className="p-2 font-mono font-medium break-all">
              {fromId}
            </th>
            <th scope="col" className="p-2 font-mono font-medium break-all">
              {toId}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {rows.map((r) => (
            <tr key={r.label} className={cn(r.changed && "bg-warn-soft")}>
              <th scope="row" className="p-2 align-top font-medium">
                {r.label}
              </th>
              <td className="p-2 align-top break-words tabular-nums">{r.before}</td>
              <td className="p-2 align-top break-words tabular-nums">
                {r.after}
                <Verdict row={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
