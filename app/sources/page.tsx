import type { Metadata } from "next";

import { PageHeader } from "@/components/shell/page-header";
import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { loadCatalog } from "@/lib/catalog/load";
import { formatDate } from "@/lib/format";
import { modelHref } from "@/lib/url/model";

export const metadata: Metadata = {
  title: "Sources",
  description: "Every source behind the catalog's figures, with the date each was verified.",
};

export default function SourcesPage() {
  const models = loadCatalog().filter((e) => e.kind !== "snapshot");
  return (
    <div className="space-y-6">
      <PageHeader title="Sources">
        Every figure in the catalog cites one of these pages and the day it was checked. OpenAI&apos;s own pages are marked
        official; third-party figures are used only where OpenAI&apos;s page was not available, and say so next to the figure.
        Unknown values stay “not published”.
      </PageHeader>
      {models.map((m) => (
        <section key={m.id} aria-labelledby={`src-${m.id}`} className="space-y-2">
          <h2 id={`src-${m.id}`} className="font-mono text-base font-semibold">
            <IntentLink href={modelHref(m.id)} className="underline underline-offset-2">
              {m.id}
            </IntentLink>
          </h2>
          <ul className="space-y-1 text-sm">
            {Object.entries(m.sources).map(([key, s]) => (
              <li key={key}>
                <a
                  href={s.url}
                  rel="noopener noreferrer"
                  className={linkVariants({ weight: "normal", className: "break-words" })}
                >
                  {s.title}
                </a>{" "}
                <span className="text-fg-subtle">
                  ({s.official ? "official" : "third party"}, verified {formatDate(s.verifiedOn)})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
