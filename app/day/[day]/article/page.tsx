import type { Metadata } from "next";

import { assertToday, todayParams, type DayProps } from "@/app/_lib/day-route";
import { ClaimCard, type ClaimLinks } from "@/components/article/claim-card";
import { VERDICT_LABEL } from "@/components/article/verdict-badge";
import { PageHeader } from "@/components/shell/page-header";
import { linkVariants } from "@/components/ui/link";
import { judgeArticle, tally, type Verdict } from "@/lib/article/judge";
import { loadArticleClaims } from "@/lib/catalog/article-load";
import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { todaysAnswer } from "@/lib/catalog/todays-answer";
import { ARTICLE_WORKLOAD } from "@/lib/cost/article-workload";
import { formatDate } from "@/lib/format";
import { calculatorHref } from "@/lib/url/calculator";
import { wizardHref } from "@/lib/url/wizard";

/** A day page (app/_lib/day-route.tsx says how, and why force-static). */
export const dynamic = "force-static";

/**
 * Verdicts depend on today (a shutdown date passes): prerendered per day like the model pages,
 * and served by the proxy for /article (app/_lib/day-route.ts).
 */
export const generateStaticParams = todayParams;

export const metadata: Metadata = {
  title: "The April 2025 article, claim by claim",
  description:
    "Each price, cost, limit, score and recommendation of the April 2025 guide to OpenAI's small models, checked against today's catalog: still true, wrong, or true then but not now.",
};

const VERDICT_ORDER: Verdict[] = ["holds", "dated", "wrong", "open"];

const LINKS: ClaimLinks = {
  // A recommendation is about the article's step 1: open the wizard with that priority answered.
  todayFor: (priority) => wizardHref({ primary: priority, step: 2 }),
  // The calculator's defaults are the article's workload, on every model you can call today.
  calculator: calculatorHref({}),
};

export default async function ArticlePage({ params }: DayProps) {
  await assertToday(params);
  const today = getToday();
  const catalog = loadCatalog();
  const doc = loadArticleClaims();
  // The same answer the catalog's "Today's answer" panel gives (the article's workload, Standard tier).
  const cheapest = todaysAnswer(catalog, today).cheapest.pick;
  const sections = judgeArticle(doc, {
    catalog,
    today,
    workload: ARTICLE_WORKLOAD,
    cheapestLasting: cheapest,
  });
  const counts = tally(sections);
  const total = VERDICT_ORDER.reduce((n, v) => n + counts[v], 0);

  return (
    <div className="space-y-8">
      <PageHeader title="The April 2025 article, claim by claim">
        The navigator started from{" "}
        <a href={doc.article.url} rel="noopener noreferrer" className={linkVariants({ weight: "normal" })}>
          “{doc.article.title}”
        </a>{" "}
        ({doc.article.publisher}, {formatDate(doc.article.writtenAround)}). Here is each of its claims against today&apos;s
        catalog, as of {formatDate(today)}. Figures come from the catalog, so a corrected price or a passed shutdown date changes
        the verdict without anyone editing this page. {doc.article.note}
      </PageHeader>

      <section aria-labelledby="article-summary" className="space-y-2">
        <h2 id="article-summary" className="text-lg font-semibold">
          In short
        </h2>
        <p className="text-fg-muted">
          Of {total} claims:{" "}
          {VERDICT_ORDER.filter((v) => counts[v] > 0)
            .map((v) => `${counts[v]} ${VERDICT_LABEL[v].text.toLowerCase()}`)
            .join(", ")}
          .
        </p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-fg-subtle" aria-label="What the marks mean">
          {VERDICT_ORDER.map((v) => (
            <li key={v}>
              <span aria-hidden="true">{VERDICT_LABEL[v].symbol}</span> {VERDICT_LABEL[v].text}
            </li>
          ))}
        </ul>
      </section>

      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="space-y-3">
          <h2 id={`section-${section.id}`} className="text-lg font-semibold">
            {section.title}
          </h2>
          <ul className="space-y-3">
            {section.claims.map((claim) => (
              <ClaimCard key={claim.id} claim={claim} links={LINKS} isCost={section.id === "cost"} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
