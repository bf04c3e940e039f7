import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { cache } from "react";

import { ChangeFilters } from "@/components/changes/change-filters";
import { ChangeList } from "@/components/changes/change-list";
import { PageHeader } from "@/components/shell/page-header";
import { linkVariants } from "@/components/ui/link";
import { LinkNotices } from "@/components/url/link-notices";
import { formatCount, formatDate } from "@/lib/format";
import { CHANGES_PATH } from "@/lib/url/changes";
import { loadChangesPage } from "@/lib/url/changes-page";
import { CHANGES_ATOM_PATH, CHANGES_JSON_PATH, lifecycleCalendarHref } from "@/lib/url/feeds";
import { searchParamsFromKey, searchParamsKey } from "@/lib/url/page";

import { redirectToCanonical } from "../_lib/canonical-redirect";

type Props = { searchParams: Promise<SearchParams> };

// One read of the link per request, shared by generateMetadata and the page (see app/_lib/view-route.ts).
const loadByKey = cache((key: string) => loadChangesPage(searchParamsFromKey(key)));
const loadPage = async (searchParams: Promise<SearchParams>) => {
  const params = await searchParams;
  const page = loadByKey(searchParamsKey(params));
  await redirectToCanonical(CHANGES_PATH, params, page);
  return page;
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const page = await loadPage(searchParams);
  const models = page.state.models;
  return {
    title: models.length ? `What changed: ${models.join(", ")}` : "What changed",
    description: "Every dated price change, release, deprecation notice, shutdown and replacement of OpenAI's small models.",
    alternates: {
      canonical: `${CHANGES_PATH}${page.query}`,
      types: { "application/atom+xml": CHANGES_ATOM_PATH, "application/feed+json": CHANGES_JSON_PATH },
    },
  };
}

/** Dynamic (it reads its link and today's date), so it is never cached past the day it describes. */
export default async function ChangesPage({ searchParams }: Props) {
  const page = await loadPage(searchParams);
  const shown = page.past.length + page.scheduled.length;
  return (
    <div className="space-y-6">
      <PageHeader title="What changed">
        Every dated price change, release, deprecation notice, shutdown and replacement in the catalog, newest first, each with
        its source. Filter by model or kind; the link keeps the filters.
      </PageHeader>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <span className="text-fg-muted">Follow it:</span>
        <a href={CHANGES_ATOM_PATH} className={linkVariants()}>
          Atom feed
        </a>
        <a href={CHANGES_JSON_PATH} className={linkVariants()}>
          JSON Feed
        </a>
        <a href={lifecycleCalendarHref(page.state.models)} className={linkVariants()}>
          Add shutdown dates to my calendar
        </a>
      </p>
      <LinkNotices ignored={page.ignored} problems={page.problems} />
      <ChangeFilters state={page.state} options={page.options} />
      <p className="text-sm text-fg-muted" role="status">
        {shown === page.total
          ? `${formatCount(page.total, "event")} as of ${formatDate(page.today)}.`
          : `${formatCount(shown, "event")} of ${page.total} match these filters.`}
      </p>
      {page.scheduled.length ? (
        <section aria-labelledby="scheduled" className="space-y-2">
          <h2 id="scheduled" className="text-lg font-semibold">
            Scheduled
          </h2>
          <ChangeList events={page.scheduled} label="Scheduled, soonest first" />
        </section>
      ) : null}
      <section aria-labelledby="past" className="space-y-2">
        <h2 id="past" className="text-lg font-semibold">
          Changes up to {formatDate(page.today)}
        </h2>
        {page.past.length ? (
          <ChangeList events={page.past} label="Changes, newest first" />
        ) : (
          <p className="text-sm text-fg-muted">No change matches these filters.</p>
        )}
      </section>
    </div>
  );
}
