import type { Metadata } from "next";

import { PageHeader } from "@/components/shell/page-header";
import { LinkNotices } from "@/components/url/link-notices";
import { UsageView } from "@/components/usage/usage-view";
import { USAGE_PATH } from "@/lib/url/usage";
import { loadUsagePage } from "@/lib/url/usage-page";

import { redirectToCanonical } from "../_lib/canonical-redirect";
import type { ViewProps } from "../_lib/view-route";

export const metadata: Metadata = {
  title: "Your bill",
  description:
    "Load your OpenAI usage export and see what your last month would cost on every model you can move to, priced in your browser.",
};

/**
 * Dynamic on purpose: a shared summary (the `sum` parameter) renders its figures in the first
 * HTML. Files are never sent here: the browser reads them in a Web Worker.
 */
export default async function UsagePage({ searchParams }: ViewProps) {
  const params = await searchParams;
  const page = loadUsagePage(params);
  await redirectToCanonical(USAGE_PATH, params, page);
  return (
    <div className="space-y-5">
      <PageHeader title="Your bill">
        What would your last month have cost on each model you can move to? Load the usage export of your OpenAI organization (and
        its costs, to check them): this page prices it on every model and tier, flags the models that are retiring, and plans the
        move. Your files are read in your browser and never uploaded.
      </PageHeader>
      <LinkNotices ignored={page.ignored} problems={page.problems} />
      <UsageView
        catalog={page.catalog}
        today={page.today}
        verifiedOn={page.verifiedOn}
        initial={page.state}
        initialView={page.view}
      />
    </div>
  );
}
