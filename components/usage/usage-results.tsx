"use client";

/**
 * What "Your bill" shows for a view (from files or from a shared summary): the period and the
 * source, retirement banners, onward links, what was used, what it cost (and what was billed),
 * and the same usage on every other model. Its own chunk (see usage-view.tsx); it renders the
 * view's plain data and computes nothing beyond ordering and words (lib/usage/present.ts).
 */
import { memo } from "react";

import { CopyLinkButton } from "@/components/share/copy-link-button";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { panelVariants } from "@/components/ui/panel";
import { formatUsd } from "@/lib/format";
import { USAGE_PATH, usageHref, type UsageState } from "@/lib/url/usage";
import { describeFile, periodText } from "@/lib/usage/present";
import type { UsageView } from "@/lib/usage/view";

import { CostTable } from "./cost-table";
import { ReconcileTable } from "./reconcile-table";
import { RepriceSection } from "./reprice-section";
import { RetirementBanners } from "./retirement-banners";
import type { useUsageState } from "./use-usage-state";
import { UsedTable } from "./used-table";

const box = panelVariants({ pad: "sm", className: "space-y-1" });

/**
 * Memoised: while the next files are read, the progress bar updates many times a second, and
 * the figures on screen must not re-render with it (they are hundreds of cells).
 */
export default memo(function UsageResults({
  view,
  state,
  setState,
  updating,
  verifiedOn,
}: {
  view: UsageView;
  state: UsageState;
  setState: ReturnType<typeof useUsageState>[1];
  /** The reasoning assumption changed and the figures are being recomputed. */
  updating: boolean;
  verifiedOn: string;
}) {
  const { analysis, reconciliation } = view;
  const permalink = view.link.ok ? usageHref({ ...state, summary: view.link.linkForm }) : null;
  const days = analysis.period ? `${analysis.period.days} days` : "the period";

  return (
    <div className="space-y-8" aria-busy={updating || undefined}>
      <section aria-labelledby="period-heading" className="space-y-3">
        <h2 id="period-heading" className="text-xl font-semibold">
          Your bill{analysis.period ? `, ${periodText(analysis.period)}` : ""}
        </h2>
        {view.source === "link" ? (
          <Notice title="From a shared summary" tone="info">
            These figures come from the usage totals the link carries (per model and tier: requests and tokens by kind, and the
            period). No file, project, user or key was in the link. Load your own files above to see yours.
          </Notice>
        ) : (
          <p className="text-sm text-fg-muted">From {view.files.map(describeFile).join(" and ")}, read in your browser.</p>
        )}
        {view.warnings.length ? (
          <Notice title="Worth knowing about these files:">
            <ul className="list-inside list-disc">
              {view.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </Notice>
        ) : null}
        <dl className="grid gap-3 sm:grid-cols-3">
          <div className={box}>
            <dt className="text-sm text-fg-subtle">At catalog prices, over {days}</dt>
            <dd className="text-2xl font-semibold tabular-nums" data-testid="bill-total">
              {analysis.totals.complete ? "" : "at least "}
              {formatUsd(analysis.totals.amount)}
            </dd>
            <dd className="text-xs text-fg-subtle">
              {analysis.totals.complete ? "Every token priced." : "Some tokens have no price: the real bill is higher."}
            </dd>
          </div>
          <div className={box}>
            <dt className="text-sm text-fg-subtle">Per 30 days</dt>
            <dd className="text-2xl font-semibold tabular-nums">
              {analysis.totals.monthly ? formatUsd(analysis.totals.monthly) : "–"}
            </dd>
            <dd className="text-xs text-fg-subtle">The same rate over a 30-day month.</dd>
          </div>
          {reconciliation ? (
            <div className={box}>
              <dt className="text-sm text-fg-subtle">Billed, from your costs file</dt>
              <dd className="text-2xl font-semibold tabular-nums">
                {reconciliation.currency === "usd"
                  ? formatUsd(reconciliation.totals.billed)
                  : `${reconciliation.totals.billed} ${reconciliation.currency.toUpperCase()}`}
              </dd>
              <dd className="text-xs text-fg-subtle">Every line item, over the days both files cover.</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <RetirementBanners banners={analysis.banners} onward={view.onward} />

      <nav aria-label="Next steps" className="flex flex-wrap items-center gap-x-6 gap-y-3 text-sm">
        {view.onward.calculator ? (
          <IntentLink href={view.onward.calculator} className={linkVariants()}>
            Open in the calculator
          </IntentLink>
        ) : null}
        {permalink ? <CopyLinkButton href={permalink} label="Copy link to this summary" /> : null}
      </nav>
      {view.link.ok ? null : <Notice title="This usage is too large for a link.">{view.link.message}</Notice>}

      <UsedTable analysis={analysis} reports={view.aggregate.reports} />

      <section aria-labelledby="cost-heading" className="space-y-3">
        <h2 id="cost-heading" className="text-lg font-semibold">
          What it cost
        </h2>
        <p className="text-sm text-fg-muted">Your usage at the catalog&apos;s prices for the tier each request ran on.</p>
        <CostTable analysis={analysis} />
        {reconciliation ? <ReconcileTable reconciliation={reconciliation} /> : null}
      </section>

      <RepriceSection
        analysis={analysis}
        state={state}
        setState={setState}
        updating={updating}
        link={permalink ?? USAGE_PATH}
        verifiedOn={verifiedOn}
      />

      {analysis.notes.length ? (
        <section aria-labelledby="notes-heading" className="space-y-2 text-sm">
          <h2 id="notes-heading" className="font-semibold">
            What an export can and cannot say
          </h2>
          <ul className="list-inside list-disc space-y-1 text-fg-muted">
            {analysis.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
});
