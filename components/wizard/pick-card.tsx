import { Badge, STATUS_TONE } from "@/components/ui/badge";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { noticeVariants } from "@/components/ui/notice";
import { panelVariants } from "@/components/ui/panel";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { cn } from "@/lib/cn";
import { DAYS_PER_MONTH } from "@/lib/cost/article-workload";
import { formatTokens, formatUsd } from "@/lib/format";
import { qualityLabel, speedLabel } from "@/lib/recommend/labels";
import type { Pick } from "@/lib/recommend/types";
import { migrateHref } from "@/lib/url/migrate";
import { modelHref } from "@/lib/url/model";

function Section({ title, items }: { title: string; items: string[] }) {
  return (
    <div className="space-y-1">
      <h4 className="text-sm font-semibold">{title}</h4>
      <ul className="list-disc space-y-1 pl-5 text-sm text-fg-muted">
        {items.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
    </div>
  );
}

/** One shortlisted model: cost, why, trade-offs, when another wins, lifecycle warnings. */
export function PickCard({
  pick,
  workload,
}: {
  pick: Pick;
  workload: { inputTokensPerDay: number; outputTokensPerDay: number };
}) {
  const c = pick.candidate;
  const headingId = `pick-${pick.rank}`;
  return (
    <li className="min-w-0">
      <article aria-labelledby={headingId} className={panelVariants({ pad: "md", className: "flex h-full flex-col gap-3" })}>
        <div className="flex flex-wrap items-center gap-2">
          {/* A model that shuts down within 90 days is listed, never crowned: its number is drawn as a warning. */}
          <span
            aria-hidden="true"
            className={cn(
              "flex size-7 items-center justify-center rounded-full text-sm font-semibold",
              pick.retiringSoon ? "border border-warn-line bg-warn-soft text-warn" : "bg-accent-solid text-on-accent",
            )}
          >
            {pick.rank}
          </span>
          <h3 id={headingId} className="min-w-0 font-mono text-lg font-semibold break-all">
            <span className="sr-only">{pick.retiringSoon ? `Listed ${pick.rank}, retiring: ` : `Pick ${pick.rank}: `}</span>
            <IntentLink href={modelHref(c.id)} className={linkVariants({ weight: "normal" })}>
              {c.id}
            </IntentLink>
          </h3>
          <Badge tone={STATUS_TONE[pick.status]}>{STATUS_LABEL[pick.status]}</Badge>
        </div>
        <p className="text-sm text-fg-subtle">{c.displayName}</p>
        <div>
          <p className="text-2xl font-semibold tabular-nums" data-testid="monthly-cost">
            {formatUsd(pick.cost.perMonth)}
            <span className="text-sm font-normal text-fg-subtle"> per month</span>
          </p>
          <p className="text-xs text-fg-subtle">
            {formatUsd(pick.cost.perDay)} a day · Standard tier · {DAYS_PER_MONTH} days
          </p>
        </div>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
          <dt className="text-fg-subtle">Context</dt>
          <dd className="tabular-nums">
            <span>{formatTokens(c.contextWindow)} tokens</span>
            {c.maxInput !== null ? (
              <span className="block text-xs text-fg-subtle">max input {formatTokens(c.maxInput)}</span>
            ) : null}
          </dd>
          <dt className="text-fg-subtle">Quality</dt>
          <dd>{qualityLabel(pick)}</dd>
          <dt className="text-fg-subtle">Speed</dt>
          <dd>{speedLabel(pick)}</dd>
        </dl>
        {pick.warnings.map((w) => (
          <div key={w.text} role="note" className={noticeVariants({ tone: w.tone })}>
            <p>{w.text}</p>
            <IntentLink href={migrateHref(c.id, workload)} className="font-medium underline underline-offset-2">
              Plan the migration from {c.id}
            </IntentLink>
          </div>
        ))}
        <div className="space-y-1">
          <h4 className="text-sm font-semibold">Why it is here</h4>
          <p className="text-sm text-fg-muted">{pick.why}</p>
        </div>
        <Section title="What you give up" items={pick.givesUp} />
        <Section title="When another model wins" items={pick.whenOther} />
        {pick.cost.notes.length ? (
          <ul className="space-y-1 text-xs text-fg-subtle">
            {pick.cost.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
      </article>
    </li>
  );
}
