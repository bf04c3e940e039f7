import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { echo } from "@/lib/url/link-guard";
import { modelHref } from "@/lib/url/model";

/**
 * The 404 body: every unknown path gets it; an unknown model ID also gets the nearest catalog
 * IDs as links ("Did you mean"), so a typo is one click from the page that was meant.
 */
export function NotFoundMessage({ model }: { model?: { requested: string; suggestions: readonly string[] } }) {
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight">Not found</h1>
      {model ? (
        <>
          <p className="text-fg-muted">
            There is no model ID <span className="font-mono text-fg">“{echo(model.requested)}”</span> in this catalog. It may be
            misspelt, or a model we have not verified yet (newer tiers such as GPT-6.1 Terra are named as replacements but not
            catalogued).
          </p>
          {model.suggestions.length ? (
            <div className="space-y-1">
              <h2 className="font-medium">Did you mean</h2>
              <ul className="list-inside list-disc">
                {model.suggestions.map((id) => (
                  <li key={id}>
                    <IntentLink href={modelHref(id)} className={linkVariants({ className: "font-mono" })}>
                      {id}
                    </IntentLink>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : (
        <p className="text-fg-muted">
          There is no page here. If you followed a link to a model, that model ID is not in this catalog: it may be misspelt, or a
          model we have not verified yet (newer tiers such as GPT-6.1 Terra are named as replacements but not catalogued).
        </p>
      )}
      <p>
        <IntentLink href="/" className={linkVariants()}>
          Browse the catalog
        </IntentLink>
      </p>
    </div>
  );
}
