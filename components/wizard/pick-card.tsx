import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { DAYS_PER_MONTH } from "@/lib/cost/article-workload";
import { formatTokens, formatUsd } from "@/lib/format";
import { qualityLabel, speedLabel } from "@/lib/recommend/labels";
import type { Pick } from "@/lib/recommend/types";
import { migrateHref } from "@/lib/url/migrate";
import { modelHref } from "@/lib/url/model";

const TONE = { active: "good", deprecated: "warn", shutdown: "bad", unknown: "neutral" } as const;

function Section({ title, items }: { title: string; items: string[] }) {
  return (
    <div className="space-y-1">
      <h4 className="text-sm font-semibold">{title}</h4>
      <ul className="list-disc space-y-1 pl-5 text-sm text-zinc-700 dark:text-zinc-300">
        {items.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </div>
  );
}

/** One shortlisted model: cost, why, trade-offs, when another wins, lifecycle warnings. */
export function PickCard({ pick, workload }: { pick: Pick; workload: { inputTokensPerDay: number; outputTokensPerDay: number } }) {
  const c = pick.candidate;
  const headingId = `pick-${pick.rank}`;
  return (
    <li className="min-w-0">
      <article aria-labelledby={headingId} className="flex h-full flex-col gap-3 rounded-xl border border-zinc-200 p-4 dark:border-zinc-800">
        <div className="flex flex-wrap items-center gap-2">
          <span aria-hidden="true" className="flex size-7 items-center justify-center rounded-full bg-sky-700 text-sm font-semibold text-white">
            {pick.rank}
          </span>
          <h3 id={headingId} className="min-w-0 break-all font-mono text-lg font-semibold">
            <span className="sr-only">Pick {pick.rank}: </span>
            <Link href={modelHref(c.id)} className="text-sky-800 underline underline-offset-2 dark:text-sky-300">
              {c.id}
            </Link>
          </h3>
          <Badge tone={TONE[pick.status]}>{STATUS_LABEL[pick.status]}</Badge>
        </div>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">{c.displayName}</p>
        <div>
          <p className="text-2xl font-semibold tabular-nums" data-testid="monthly-cost">
            {formatUsd(pick.cost.perMonth)}
            <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400"> per month</span>
          </p>
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {formatUsd(pick.cost.perDay)} a day · Standard tier · {DAYS_PER_MONTH} days
          </p>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
          <dt className="text-zinc-600 dark:text-zinc-400">Context</dt>
          <dd className="tabular-nums">
            <span>{formatTokens(c.contextWindow)} tokens</span>
            {c.maxInput !== null ? <span className="block text-xs text-zinc-600 dark:text-zinc-400">max input {formatTokens(c.maxInput)}</span> : null}
          </dd>
          <dt className="text-zinc-600 dark:text-zinc-400">Quality</dt>
          <dd>{qualityLabel(pick)}</dd>
          <dt className="text-zinc-600 dark:text-zinc-400">Speed</dt>
          <dd>{speedLabel(pick)}</dd>
        </dl>
        {pick.warnings.map((w) => (
          <div
            key={w.text}
            role="note"
            className={
              w.tone === "warn"
                ? "rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/60 dark:text-amber-100"
                : "rounded-md border border-sky-300 bg-sky-50 px-3 py-2 text-sm text-sky-950 dark:border-sky-800 dark:bg-sky-950/60 dark:text-sky-100"
            }
          >
            <p>{w.text}</p>
            <Link href={migrateHref(c.id, workload)} className="font-medium underline underline-offset-2">
              Plan the migration from {c.id}
            </Link>
          </div>
        ))}
        <div className="space-y-1">
          <h4 className="text-sm font-semibold">Why it is here</h4>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{pick.why}</p>
        </div>
        <Section title="What you give up" items={pick.givesUp} />
        <Section title="When another model wins" items={pick.whenOther} />
        {pick.cost.notes.length ? (
          <ul className="space-y-1 text-xs text-zinc-600 dark:text-zinc-400">
            {pick.cost.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
      </article>
    </li>
  );
}
