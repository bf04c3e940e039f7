import { Badge } from "@/components/ui/badge";
import { panelVariants } from "@/components/ui/panel";
import type { CatalogEntry } from "@/lib/catalog/types";
import { formatDate, formatNumber, formatPercent } from "@/lib/format";

import { SourceLink } from "./source-link";

const th = "px-3 py-2 font-medium";
const td = "px-3 py-2";

export function PerformanceSection({ entry }: { entry: CatalogEntry }) {
  const { benchmarks, speed, sources } = entry;
  return (
    <section aria-labelledby="benchmarks" className="space-y-3">
      <h2 id="benchmarks" className="text-lg font-semibold">
        Benchmarks
      </h2>
      {entry.articleCorrections
        .filter((c) => c.field === "benchmarks")
        .map((c) => (
          <p key={c.articleClaim} className="text-sm text-warn">
            The April 2025 article was wrong here: it said “{c.articleClaim}” {c.correction}{" "}
            <SourceLink source={sources[c.source]} label="benchmark correction" />
          </p>
        ))}
      {benchmarks.length === 0 ? (
        <p className="text-sm text-fg-subtle">No benchmark scores published in the sources we checked.</p>
      ) : (
        <div className={panelVariants({ className: "relative overflow-x-auto" })}>
          <table className="w-full min-w-[34rem] text-left text-sm">
            <thead className="bg-surface-muted">
              <tr>
                <th scope="col" className={th}>
                  Benchmark
                </th>
                <th scope="col" className={th}>
                  Score
                </th>
                <th scope="col" className={th}>
                  Reported by
                </th>
                <th scope="col" className={th}>
                  Date
                </th>
                <th scope="col" className={th}>
                  Source
                </th>
              </tr>
            </thead>
            <tbody>
              {benchmarks.map((b) => (
                <tr key={`${b.name}-${b.source}`} className="border-t border-line align-top">
                  <th scope="row" className={`${td} font-medium`}>
                    {b.name}
                    {b.setting ? <span className="block text-xs font-normal text-fg-subtle">{b.setting}</span> : null}
                  </th>
                  <td className={`${td} tabular-nums`}>{b.unit === "%" ? formatPercent(b.value) : formatNumber(b.value)}</td>
                  <td className={td}>
                    <Badge tone={b.reportedBy === "independent" ? "info" : "neutral"}>{b.reportedBy}</Badge>
                    <span className="block text-xs text-fg-subtle">{b.reporter}</span>
                  </td>
                  <td className={td}>{b.date ? formatDate(b.date) : "not shown"}</td>
                  <td className={td}>
                    <SourceLink source={sources[b.source]} label={`${b.name} score`} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 className="pt-2 text-lg font-semibold">Measured speed</h2>
      {speed.length === 0 ? (
        <p className="text-sm text-fg-subtle">No speed measurement published in the sources we checked.</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {speed.map((s) => (
            <li key={`${s.metric}-${s.source}`} className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-medium tabular-nums">
                {s.metric === "outputTokensPerSecond"
                  ? `${formatNumber(s.value)} output tokens/s`
                  : `${formatNumber(s.value, 2)} s to first token`}
              </span>
              <span className="text-fg-subtle">
                on {s.provider}, measured by {s.measuredBy}, {s.date ? formatDate(s.date) : "date not shown"}
              </span>
              <SourceLink source={sources[s.source]} label="speed measurement" />
              {s.note ? <span className="w-full text-xs text-fg-subtle">{s.note}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
