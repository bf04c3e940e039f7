import { IntentLink } from "@/components/ui/intent-link";
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
          <IntentLink href="/sources" className="underline underline-offset-2 hover:text-fg">
            Every figure&apos;s source
          </IntentLink>
          {" · "}
          <IntentLink href={ARTICLE_PATH} className="underline underline-offset-2 hover:text-fg">
            The April 2025 article, checked
          </IntentLink>
          {" · "}
          <IntentLink href={changesHref()} className="underline underline-offset-2 hover:text-fg">
            What changed
          </IntentLink>{" "}
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
