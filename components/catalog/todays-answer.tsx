import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { panelVariants } from "@/components/ui/panel";
import { soonerNote } from "@/lib/catalog/headline";
import type { TodaysAnswer as Answer } from "@/lib/catalog/todays-answer";
import { formatScore } from "@/lib/charts/labels";
import { benchmarkSlug } from "@/lib/charts/slug";
import { ARTICLE_WORKLOAD } from "@/lib/cost/article-workload";
import { findPreset } from "@/lib/cost/presets";
import { formatCount, formatDate, formatTokens, formatUsd } from "@/lib/format";
import { calculatorHref, presetHref } from "@/lib/url/calculator";
import { chartsHref } from "@/lib/url/charts";
import { migrateHref } from "@/lib/url/migrate";
import { modelHref } from "@/lib/url/model";

/** The annotated article (its own page). */
const ARTICLE_PATH = "/article";

const link = linkVariants();
const idLink = linkVariants({ className: "font-mono" });
/**
 * The small links under each answer (text-xs, 16 px tall): padded to a 24 px target, as WCAG 2.2
 * (2.5.8, AA) asks of a target that is not inside a sentence.
 */
const smallLink = linkVariants({ className: "inline-block py-1" });

function Item({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0 space-y-1">
      <dt className="text-xs font-semibold tracking-wide text-fg-subtle uppercase">{title}</dt>
      <dd className="space-y-1 text-sm">{children}</dd>
    </div>
  );
}

/**
 * The short answer above the catalog, rendered on the server (no layout shift): each winner is
 * named by the headline rule, a sooner-retiring better model second with its date, and each
 * line links to the view that shows why.
 */
export function TodaysAnswer({ answer }: { answer: Answer }) {
  const { cheapest, benchmark, best, shutdowns } = answer;
  const article = findPreset("article");
  const workload = `${formatTokens(ARTICLE_WORKLOAD.inputTokensPerDay)} input + ${formatTokens(ARTICLE_WORKLOAD.outputTokensPerDay)} output tokens a day`;
  const bench = benchmark ? benchmarkSlug(benchmark.name) : null;
  return (
    <section aria-labelledby="today-h" className={panelVariants({ surface: "raised", pad: "md", className: "space-y-3" })}>
      <h2 id="today-h" className="flex flex-wrap items-baseline gap-x-2 text-lg font-semibold">
        Today&apos;s answer
        <span className="text-sm font-normal text-fg-subtle">as of {formatDate(answer.today)}</span>
      </h2>
      <dl className="grid gap-4 md:grid-cols-3">
        <Item title="Cheapest small model that stays callable">
          {cheapest.pick ? (
            <p>
              <IntentLink href={modelHref(cheapest.pick.id)} className={idLink}>
                {cheapest.pick.id}
              </IntentLink>
              : <strong className="font-semibold tabular-nums">{formatUsd(cheapest.pick.perMonth)} a month</strong> for the
              article&apos;s workload ({workload}).
            </p>
          ) : (
            <p>No small model stays callable for more than 90 days.</p>
          )}
          {cheapest.sooner ? (
            <p className="text-fg-muted">
              {soonerNote(cheapest.sooner.item.id, `${formatUsd(cheapest.sooner.item.perMonth)} a month`, cheapest.sooner)}
            </p>
          ) : null}
          <p className="flex flex-wrap gap-x-3 text-xs">
            <IntentLink href={calculatorHref({})} className={smallLink}>
              Every model&apos;s cost
            </IntentLink>
            {article ? (
              <IntentLink href={presetHref(article)} className={smallLink}>
                The article&apos;s three models
              </IntentLink>
            ) : null}
          </p>
        </Item>
        {benchmark && bench ? (
          <Item title={`Best on ${benchmark.name}`}>
            {best.pick ? (
              <p>
                <IntentLink href={modelHref(best.pick.id)} className={idLink}>
                  {best.pick.id}
                </IntentLink>
                :{" "}
                <strong className="font-semibold tabular-nums">
                  {formatScore(best.pick.value, best.pick.unit)}
                  {best.pick.setting ? ` (${best.pick.setting})` : ""}
                </strong>
                , the best score of any small model that stays callable.
              </p>
            ) : (
              <p>No small model that stays callable publishes it.</p>
            )}
            {best.sooner ? (
              <p className="text-fg-muted">
                {soonerNote(best.sooner.item.id, formatScore(best.sooner.item.value, best.sooner.item.unit), best.sooner)}
              </p>
            ) : null}
            <p className="text-xs text-fg-muted">
              The benchmark most small models publish: {benchmark.models} of the {benchmark.of} callable ones.{" "}
              <IntentLink href={chartsHref({ bench, qbench: bench })} className={link}>
                Scores and price
              </IntentLink>
            </p>
          </Item>
        ) : null}
        <Item title="Next shutdowns">
          {shutdowns.length ? (
            <ul className="space-y-1">
              {shutdowns.map((d) => (
                <li key={d.date}>
                  <strong className="font-semibold tabular-nums">{formatDate(d.date)}</strong>{" "}
                  <span className="text-fg-muted">(in {formatCount(d.daysLeft, "day")}):</span>{" "}
                  {d.ids.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ", " : ""}
                      <IntentLink href={migrateHref(id)} className={idLink}>
                        {id}
                        <span className="sr-only"> migration plan</span>
                      </IntentLink>
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          ) : (
            <p>No shutdown announced for a callable model.</p>
          )}
          <p className="text-xs">
            <IntentLink href={ARTICLE_PATH} className={smallLink}>
              The April 2025 article, claim by claim
            </IntentLink>
          </p>
        </Item>
      </dl>
    </section>
  );
}
