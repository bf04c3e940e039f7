import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { assertToday, todayParams, type DayProps } from "@/app/_lib/day-route";
import { LifecycleSection } from "@/components/model/lifecycle-section";
import { LifecycleTimeline } from "@/components/model/lifecycle-timeline";
import { PerformanceSection } from "@/components/model/performance-section";
import { PriceHistorySection } from "@/components/model/price-history-section";
import { PricingSection } from "@/components/model/pricing-section";
import { SourceLink } from "@/components/model/source-link";
import { SpecsSection } from "@/components/model/specs-section";
import { CopyLinkButton } from "@/components/share/copy-link-button";
import { Badge, STATUS_TONE } from "@/components/ui/badge";
import { CodeBlock } from "@/components/ui/code-block";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { Notice, noticeVariants } from "@/components/ui/notice";
import { effectiveStatus, STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { findEntry, loadCatalog, loadFiledCatalog } from "@/lib/catalog/load";
import { usageSnippets } from "@/lib/catalog/snippets";
import { getToday } from "@/lib/catalog/today";
import { modelHistory } from "@/lib/changes/model-history";
import { shareMetadata } from "@/lib/share/metadata";
import { modelShareQuery, modelShareTitle } from "@/lib/share/model-share";
import { configuredOrigin } from "@/lib/share/origin";
import { ARTICLE_PATH } from "@/lib/url/article";
import { modelHref } from "@/lib/url/model";

type Props = DayProps<{ id: string }>;

/** A day page (app/_lib/day-route.tsx says how, and why force-static). */
export const dynamic = "force-static";

/**
 * A model page depends only on the day (its lifecycle status, "shuts down in N days"): today's
 * copy is prerendered per day under /day/<day>/models/<id>, where the proxy serves /models/<id>
 * from (app/_lib/day-route.ts). Unknown IDs never get here: the proxy answers them with the
 * missing-model page (a 404 with the nearest IDs).
 */
export function generateStaticParams() {
  return todayParams().flatMap(({ day }) => loadCatalog().map((e) => ({ day, id: e.id })));
}

/** Title, description and share image (og:title, og:image from /api/og?view=model&id=…). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await assertToday(params);
  const entry = findEntry(decodeURIComponent((await params).id));
  if (!entry) return { title: "Model not found" };
  return shareMetadata({
    view: "model",
    title: modelShareTitle(entry),
    description: entry.summary,
    path: modelHref(entry.id),
    query: "",
    imageQuery: modelShareQuery(entry.id),
    // The page is prerendered: no request to read a host from.
    origin: configuredOrigin(),
  });
}

export default async function ModelPage({ params }: Props) {
  await assertToday(params);
  const id = decodeURIComponent((await params).id);
  const entry = findEntry(id);
  if (!entry) notFound();
  const catalog = loadCatalog();
  const knownIds = new Set(catalog.map((e) => e.id));
  const today = getToday();
  const status = effectiveStatus(entry.lifecycle, today);
  const family = catalog.filter((e) => e.modelId === entry.modelId);
  const snippets = usageSnippets(entry.id, {
    supported: entry.reasoning.supported.value === true,
    defaultEffort: entry.reasoning.defaultEffort,
  });
  const replacement = entry.lifecycle.replacements[0]?.id;
  // Series and dated events come from the catalog as filed (whole series, whatever the day).
  const history = modelHistory(loadFiledCatalog(), entry.id, today)!;

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <nav aria-label="Breadcrumb" className="text-sm text-fg-subtle">
          <IntentLink href="/" className="underline underline-offset-2">
            Catalog
          </IntentLink>{" "}
          / <span className="font-mono">{entry.id}</span>
        </nav>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="font-mono text-2xl font-semibold tracking-tight">{entry.id}</h1>
          <Badge>{entry.kind === "alias" ? "alias" : entry.kind === "snapshot" ? "dated snapshot" : "model ID"}</Badge>
          {entry.size === "full-size" ? <Badge tone="info">full-size reference</Badge> : null}
          <Badge tone={STATUS_TONE[status]}>{STATUS_LABEL[status]}</Badge>
        </div>
        <p className="text-fg-subtle">
          {entry.displayName} · {entry.family}
          {entry.aka.map((a) => (
            <span key={a.term}>
              {` · ${a.label} `}
              <SourceLink source={entry.sources[a.source]} label={`“${a.term}”`} />
            </span>
          ))}
        </p>
        <p className="max-w-3xl text-fg">{entry.summary}</p>
        <CopyLinkButton />
      </header>

      {status === "shutdown" ? (
        <Notice title={`${entry.id} is shut down: calls to it fail.`}>
          {replacement ? (
            <>
              The recommended replacement is <span className="font-mono">{replacement}</span>.{" "}
            </>
          ) : null}
          The figures below are kept for reference and migration planning.
        </Notice>
      ) : null}

      {entry.articleCorrections.length ? (
        <section aria-labelledby="corrections" className="space-y-2">
          <h2 id="corrections" className="text-lg font-semibold">
            Where the April 2025 article was wrong
          </h2>
          <ul className="space-y-2">
            {entry.articleCorrections.map((c) => (
              <li key={c.articleClaim} className={noticeVariants({ className: "p-3" })}>
                <p>
                  <span className="font-medium">The article said:</span> “{c.articleClaim}”
                </p>
                <p className="mt-1">
                  <span className="font-medium">In fact:</span> {c.correction}{" "}
                  <SourceLink source={entry.sources[c.source]} label="correction" />
                </p>
              </li>
            ))}
          </ul>
          <p className="text-sm">
            <IntentLink href={ARTICLE_PATH} className={linkVariants()}>
              Every claim of the article, checked against today&apos;s catalog
            </IntentLink>
          </p>
        </section>
      ) : null}

      <LifecycleSection entry={entry} today={today} knownIds={knownIds} />
      <LifecycleTimeline id={entry.id} modelId={entry.modelId} history={history} today={today} />

      {family.length > 1 ? (
        <section aria-labelledby="ids" className="space-y-2">
          <h2 id="ids" className="text-lg font-semibold">
            IDs of this model
          </h2>
          <ul className="space-y-1 text-sm">
            {family.map((e) => (
              <li key={e.id} className="flex flex-wrap items-baseline gap-x-2">
                {e.id === entry.id ? (
                  <span className="font-mono font-semibold" aria-current="page">
                    {e.id}
                  </span>
                ) : (
                  <IntentLink href={modelHref(e.id)} className={linkVariants({ weight: "normal", className: "font-mono" })}>
                    {e.id}
                  </IntentLink>
                )}
                <span className="text-fg-subtle">
                  {e.kind === "alias" ? `alias, points to ${e.resolvesTo}` : "dated snapshot"} ·{" "}
                  {STATUS_LABEL[effectiveStatus(e.lifecycle, today)]}
                  {e.lifecycle.shutdownDate ? ` (shutdown ${e.lifecycle.shutdownDate})` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <PricingSection entry={entry} />
      <PriceHistorySection entry={entry} history={history} />
      <SpecsSection entry={entry} />
      <PerformanceSection entry={entry} />

      <section aria-labelledby="use-it" className="space-y-3">
        <h2 id="use-it" className="text-lg font-semibold">
          Use it
        </h2>
        {status === "shutdown" ? (
          <p className="text-sm text-danger">
            This ID no longer answers. {replacement ? `Swap in ${replacement} and test with your own data first.` : ""}
          </p>
        ) : null}
        <div className="grid gap-4 lg:grid-cols-2">
          {(
            [
              ["Node.js (official openai package)", snippets.node],
              ["Python (official openai package)", snippets.python],
            ] as const
          ).map(([title, code]) => (
            <figure key={title} className="min-w-0 space-y-1">
              <figcaption className="text-sm font-medium">{title}</figcaption>
              <CodeBlock code={code} label={`${title} code sample`} />
            </figure>
          ))}
        </div>
      </section>

      <section aria-labelledby="sources" className="space-y-2">
        <h2 id="sources" className="text-lg font-semibold">
          Sources
        </h2>
        <ul className="space-y-1 text-sm">
          {Object.entries(entry.sources).map(([key, s]) => (
            <li key={key}>
              <a href={s.url} rel="noopener noreferrer" className={linkVariants({ weight: "normal" })}>
                {s.title}
              </a>{" "}
              <span className="text-fg-subtle">
                ({s.official ? "OpenAI, official" : "third party"}; verified {s.verifiedOn})
              </span>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
