import { IntentLink } from "@/components/ui/intent-link";
import { linkVariants } from "@/components/ui/link";
import { noticeVariants } from "@/components/ui/notice";
import type { RetirementBanner } from "@/lib/usage/banners";
import { bannerText } from "@/lib/usage/present";
import type { UsageOnward } from "@/lib/usage/view";

/** One box per retiring model of the file: when it shuts down, what your usage costs where to go, and the planner. */
export function RetirementBanners({ banners, onward }: { banners: RetirementBanner[]; onward: UsageOnward }) {
  if (!banners.length) return null;
  return (
    <section aria-label="Models in your file that are retiring" className="space-y-3">
      {banners.map((b) => {
        const t = bannerText(b);
        const plan = onward.migrate.find((m) => m.familyId === b.familyId);
        return (
          <div
            key={b.familyId}
            className={noticeVariants({ tone: "warn", className: "space-y-1" })}
            data-testid="retirement-banner"
          >
            <p>
              <strong className="font-semibold">{t.headline}</strong> {t.cost}
            </p>
            {t.replacementNote ? <p className="text-fg-muted">{t.replacementNote}</p> : null}
            {t.sooner ? <p className="text-fg-muted">{t.sooner}</p> : null}
            <p className="text-xs text-fg-muted">
              {b.fileIds.length > 1 || b.fileIds[0] !== b.familyId ? (
                <>
                  In your file as <span className="font-mono">{b.fileIds.join(", ")}</span>.{" "}
                </>
              ) : null}
              {t.assumption}
            </p>
            {plan ? (
              <p>
                <IntentLink href={plan.href} className={linkVariants()}>
                  Plan the migration from {plan.from}
                </IntentLink>
              </p>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
