import { SourceLink } from "@/components/model/source-link";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { panelVariants } from "@/components/ui/panel";
import type { JudgedClaim } from "@/lib/article/judge";
import { formatDate } from "@/lib/format";
import { articleClaimHref } from "@/lib/url/article";
import { modelHref } from "@/lib/url/model";

import { VerdictBadge } from "./verdict-badge";

export type ClaimLinks = {
  /** Where today's answer to a recommendation claim is shown (the wizard, on that priority). */
  todayFor: (priority: NonNullable<JudgedClaim["priority"]>) => string;
  /** The calculator on the article's scenario. */
  calculator: string;
};

/** One claim: the article's words, the verdict, and the figures (with sources) that decide it. */
export function ClaimCard({ claim, links, isCost }: { claim: JudgedClaim; links: ClaimLinks; isCost: boolean }) {
  return (
    <li id={claim.id} className={panelVariants({ surface: "raised", pad: "md" })}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <blockquote className="max-w-2xl border-l-2 border-line-strong pl-3 text-fg italic">“{claim.quote}”</blockquote>
        <span className="flex items-center gap-2">
          <VerdictBadge verdict={claim.verdict} />
          <a href={articleClaimHref(claim.id)} className={linkVariants({ weight: "normal", className: "text-sm" })}>
            #<span className="sr-only"> Link to this claim</span>
          </a>
        </span>
      </div>
      {claim.explanation ? <p className="mt-3 max-w-3xl text-sm text-fg-muted">{claim.explanation}</p> : null}
      {claim.findings.length ? (
        <ul className="mt-3 space-y-1.5 text-sm text-fg-muted">
          {claim.findings.map((f, i) => (
            <li key={i} className="flex flex-wrap gap-x-2">
              <span>{f.text}</span>
              {f.source ? <SourceLink source={f.source} label={f.model ?? "this finding"} /> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {/* Sources padded to a 24 px target (WCAG 2.2, 2.5.8): on a phone they wrap onto rows of their own. */}
      {claim.sources.length ? (
        <p className="mt-2 flex flex-wrap items-baseline gap-x-3 text-sm text-fg-subtle">
          Sources:{" "}
          {claim.sources.map((s) => (
            <SourceLink key={s.url} source={s} label="this claim" className="py-1" />
          ))}
        </p>
      ) : null}
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {claim.changedOn ? <span className="text-fg-subtle">Changed on {formatDate(claim.changedOn)}</span> : null}
        {claim.models.map((id) => (
          <IntentLink key={id} href={modelHref(id)} className={linkVariants({ weight: "normal" })}>
            <span className="font-mono">{id}</span> today
          </IntentLink>
        ))}
        {claim.priority && claim.verdict !== "holds" ? (
          <IntentLink href={links.todayFor(claim.priority)} className={linkVariants()}>
            Today&apos;s picks for {claim.priority}
          </IntentLink>
        ) : null}
        {isCost ? (
          <IntentLink href={links.calculator} className={linkVariants()}>
            Price this workload on today&apos;s models
          </IntentLink>
        ) : null}
      </p>
    </li>
  );
}
