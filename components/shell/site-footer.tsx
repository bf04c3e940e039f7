import Link from "next/link";

import { formatDate } from "@/lib/format";
import { ARTICLE_PATH } from "@/lib/url/article";
import { changesHref } from "@/lib/url/changes";
import { CHANGES_ATOM_PATH } from "@/lib/url/feeds";

export function SiteFooter({ verifiedOn }: { verifiedOn: string }) {
  return (
    <footer className="mt-16 border-t border-line text-sm text-fg-subtle">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-6">
        <p>
          Data verified on <time dateTime={verifiedOn}>{formatDate(verifiedOn)}</time>.{" "}
          <Link href="/sources" className="underline underline-offset-2 hover:text-fg">
            Every figure&apos;s source
          </Link>
          {" · "}
          <Link href={ARTICLE_PATH} className="underline underline-offset-2 hover:text-fg">
            The April 2025 article, checked
          </Link>
          {" · "}
          <Link href={changesHref()} className="underline underline-offset-2 hover:text-fg">
            What changed
          </Link>{" "}
          (
          <a href={CHANGES_ATOM_PATH} className="underline underline-offset-2 hover:text-fg">
            feed
          </a>
          )
        </p>
        <p>Not affiliated with OpenAI. Prices in USD per 1M tokens unless stated.</p>
      </div>
    </footer>
  );
}
