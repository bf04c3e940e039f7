import { panelVariants } from "@/components/ui/panel";
import type { CatalogEntry, TierPrice } from "@/lib/catalog/types";
import { formatPrice, formatTokens } from "@/lib/format";

import { FactValue } from "./fact-value";
import { SourceLink } from "./source-link";

const TIERS = [
  { key: "standard", label: "Standard" },
  { key: "batch", label: "Batch" },
  { key: "flex", label: "Flex" },
  { key: "fast", label: "Fast mode (formerly Priority)" },
] as const;

const PRICE_FIELDS = [
  { key: "input", label: "Input" },
  { key: "cachedInput", label: "Cached input" },
  { key: "output", label: "Output" },
] as const;

export function PricingSection({ entry }: { entry: CatalogEntry }) {
  const { pricing, sources } = entry;
  return (
    <section aria-labelledby="pricing" className="space-y-3">
      <h2 id="pricing" className="text-lg font-semibold">
        Prices <span className="text-sm font-normal text-fg-subtle">USD per 1M tokens</span>
      </h2>
      <div className={panelVariants({ className: "relative overflow-x-auto" })}>
        <table className="w-full min-w-[34rem] text-left text-sm">
          <thead className="bg-surface-muted">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">
                Tier
              </th>
              {PRICE_FIELDS.map((f) => (
                <th key={f.key} scope="col" className="px-3 py-2 font-medium">
                  {f.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {TIERS.map((tier) => {
              const prices: TierPrice | null = pricing[tier.key];
              return (
                <tr key={tier.key} className="border-t border-line align-top">
                  <th scope="row" className="px-3 py-2 font-medium">
                    {tier.label}
                  </th>
                  {prices ? (
                    PRICE_FIELDS.map((f) => (
                      <td key={f.key} className="px-3 py-2">
                        <FactValue
                          fact={prices[f.key]}
                          sources={sources}
                          label={`${tier.label} ${f.label.toLowerCase()} price`}
                          format={formatPrice}
                          corrections={
                            tier.key === "standard" && f.key === "input"
                              ? entry.articleCorrections.filter((c) => c.field === "pricing")
                              : []
                          }
                        />
                      </td>
                    ))
                  ) : (
                    <td colSpan={3} className="px-3 py-2 text-fg-subtle">
                      No {tier.label.toLowerCase()} price published for this model.
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ul className="space-y-1 text-sm text-fg-muted">
        {pricing.cacheWrite ? (
          <li>
            Cache writes: <FactValue fact={pricing.cacheWrite} sources={sources} label="cache write price" format={formatPrice} />
          </li>
        ) : null}
        {pricing.longContext ? (
          <li>
            Long context: a request with more than {formatTokens(pricing.longContext.thresholdTokens)} input tokens is billed at{" "}
            {pricing.longContext.inputMultiplier}× input and {pricing.longContext.outputMultiplier}× output for the whole request.{" "}
            <SourceLink source={sources[pricing.longContext.source]} label="long-context surcharge" />
          </li>
        ) : (
          <li>No long-context surcharge published.</li>
        )}
      </ul>
    </section>
  );
}
