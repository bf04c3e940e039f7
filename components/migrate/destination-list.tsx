import { SourceLink } from "@/components/model/source-link";
import { Badge, STATUS_TONE } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { noticeVariants } from "@/components/ui/notice";
import { panelVariants } from "@/components/ui/panel";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { formatDate } from "@/lib/format";
import type { MigrationPlan } from "@/lib/migrate/plan";
import type { Destination } from "@/lib/migrate/recommendation";
import {
  destinationCostText,
  destinationFitText,
  destinationLifeText,
  destinationsShown,
  officialText,
  pickReasonText,
  soonerFitText,
} from "@/lib/migrate/recommendation-text";
import { modelHref } from "@/lib/url/model";

import { RequirementsPanel } from "./requirements-panel";

function ModelName({ d }: { d: Destination }) {
  return d.model ? (
    <IntentLink href={modelHref(d.id)} className={linkVariants({ weight: "normal", className: "font-mono font-semibold" })}>
      {d.id}
    </IntentLink>
  ) : (
    <span className="font-mono font-semibold">{d.id}</span>
  );
}

function DestinationCard({ d, plan, onCompare }: { d: Destination; plan: MigrationPlan; onCompare: (id: string) => void }) {
  const { pick, cheapestFit, soonerFit, reason } = plan.recommendation;
  const fromId = plan.from.id;
  const life = destinationLifeText(d);
  const fit = destinationFitText(d, fromId);
  const insteadOf = !d.model && pick && reason === "cheapest-fit" ? pick : null;
  const compareId = insteadOf?.id ?? d.id;
  return (
    <li className={panelVariants({ pad: "sm", className: "space-y-2 text-sm" })} aria-labelledby={`destination-${d.id}`}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <h3 id={`destination-${d.id}`} className="text-base">
          <ModelName d={d} />
        </h3>
        {d.id === pick?.id ? <Badge tone="info">recommended first</Badge> : null}
        {d.official ? <Badge tone="info">OpenAI&apos;s guidance</Badge> : d.readings.length ? <Badge>third party</Badge> : null}
        {d.id === cheapestFit?.id ? <Badge tone="good">cheapest that meets the capabilities</Badge> : null}
        {d.id === soonerFit?.destination.id ? <Badge tone="warn">cheaper, retiring sooner</Badge> : null}
        {d.status ? <Badge tone={STATUS_TONE[d.status]}>{STATUS_LABEL[d.status]}</Badge> : <Badge>not in our catalog yet</Badge>}
      </div>
      <p className="font-medium tabular-nums">{destinationCostText(d, fromId)}</p>
      {fit ? <p className={d.unmet?.length ? "text-danger" : "text-fg-muted"}>{fit}</p> : null}
      {life ? <p className="text-warn">{life}</p> : null}
      {d.readings.length ? (
        <ul className="space-y-1 text-fg-muted">
          {d.readings.map((r) => (
            <li key={`${r.readOn}-${r.source?.url ?? ""}`}>
              Named as the replacement {r.official ? "by OpenAI" : "by a third party"}, as read on{" "}
              <time dateTime={r.readOn}>{formatDate(r.readOn)}</time>{" "}
              {r.source ? <SourceLink source={r.source} label={`replacement ${d.id}`} /> : null}
              {r.note ? <span className="block text-xs text-fg-subtle">{r.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-fg-muted">No source names it as the replacement: the planner found it in the catalog.</p>
      )}
      {insteadOf ? (
        <p>
          Instead: <span className="font-mono">{insteadOf.id}</span>, the cheapest callable model that meets {fromId}&apos;s
          capabilities.
        </p>
      ) : null}
      {plan.target?.id === compareId ? (
        <p className="text-xs font-medium text-accent">Compared below{insteadOf ? `: ${insteadOf.id}` : ""}.</p>
      ) : (
        <Button size="sm" onClick={() => onCompare(compareId)}>
          Compare with {compareId}
          {insteadOf ? " instead" : ""}
        </Button>
      )}
    </li>
  );
}

/**
 * Where to go: the pick (headline rule), every replacement our sources name with its cost, who
 * names it and what it lacks, the cheapest model that meets the old one's capabilities, and a
 * cheaper one that retires sooner, named second with its date.
 */
export function DestinationList({
  plan,
  fineTuning,
  onFineTuning,
  onCompare,
}: {
  plan: MigrationPlan;
  fineTuning: boolean;
  onFineTuning: (v: boolean) => void;
  onCompare: (id: string) => void;
}) {
  const r = plan.recommendation;
  const shown = destinationsShown(r);
  if (!shown.length && !r.named.length) return null;
  const fromId = plan.from.id;
  const reason = pickReasonText(r, fromId);
  const official = officialText(r);
  const sooner = soonerFitText(r);
  return (
    <section aria-labelledby="where-heading" className="space-y-3">
      <h2 id="where-heading" className="text-lg font-semibold">
        Where to go from <span className="font-mono">{fromId}</span>
      </h2>
      <div className={noticeVariants({ tone: "info", className: "space-y-1" })} data-testid="recommended-first">
        {r.pick ? (
          <p>
            <span className="font-medium">Recommended first:</span> <ModelName d={r.pick} />.{" "}
            <span className="tabular-nums">{destinationCostText(r.pick, fromId)}</span>
          </p>
        ) : null}
        {reason ? <p>{reason}</p> : null}
        {official ? <p>{official}</p> : null}
        {sooner ? <p>{sooner}</p> : null}
      </div>
      <ul className="grid gap-3 lg:grid-cols-2" aria-label={`Replacements for ${fromId}, with their cost`}>
        {shown.map((d) => (
          <DestinationCard key={d.id} d={d} plan={plan} onCompare={onCompare} />
        ))}
      </ul>
      <RequirementsPanel fromId={fromId} requirements={r.requirements} fineTuning={fineTuning} onFineTuning={onFineTuning} />
    </section>
  );
}
