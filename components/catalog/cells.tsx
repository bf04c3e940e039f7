import { Badge } from "@/components/ui/badge";
import { linkVariants } from "@/components/ui/link";
import type { CatalogRow } from "@/lib/catalog/rows";
import { formatDate, formatPercent, formatPrice, formatTokens, formatTokensShort, NOT_PUBLISHED } from "@/lib/format";
import { migrateHref } from "@/lib/url/migrate";
import { modelHref } from "@/lib/url/model";

// Text is built with template strings where it mixes words and values: JSX like `since {date}`
// makes one DOM text node per piece, and a 50-row re-sort creates and removes every one of them.

export function Unknown() {
  return <span className="text-xs whitespace-nowrap text-fg-subtle">{NOT_PUBLISHED}</span>;
}

export function PriceCell({ value }: { value: number | undefined }) {
  return value === undefined ? <Unknown /> : <span className="tabular-nums">{formatPrice(value)}</span>;
}

export function TokensCell({ value }: { value: number | undefined }) {
  if (value === undefined) return <Unknown />;
  return (
    <span className="tabular-nums" title={`${formatTokens(value)} tokens`}>
      {formatTokens(value)}
      <span className="sr-only"> tokens</span>
      <span aria-hidden="true" className="ml-1 text-xs text-fg-subtle">
        {`(${formatTokensShort(value)})`}
      </span>
    </span>
  );
}

export function PercentCell({ value }: { value: number | undefined }) {
  return value === undefined ? <Unknown /> : <span className="tabular-nums">{formatPercent(value)}</span>;
}

export function YesNoCell({ value, yes = "Yes", no = "No" }: { value: boolean | undefined; yes?: string; no?: string }) {
  if (value === undefined) return <Unknown />;
  return value ? <span>{yes}</span> : <span className="text-fg-subtle">{no}</span>;
}

export function DateCell({ value }: { value: string | undefined }) {
  return value === undefined ? <Unknown /> : <time dateTime={value}>{formatDate(value)}</time>;
}

// In a catalog card (under sm) the status has the card's full width: badge, date and links in a row.
const STATUS_STACK = "flex flex-col items-start gap-0.5 max-sm:flex-row max-sm:flex-wrap max-sm:items-center max-sm:gap-x-2";

export function StatusCell({ row }: { row: CatalogRow }) {
  if (row.status === "shutdown") {
    return (
      <span className={STATUS_STACK}>
        <Badge tone="danger">Shut down</Badge>
        {row.shutdownDate ? <span className="text-xs text-fg-subtle">{`since ${formatDate(row.shutdownDate)}`}</span> : null}
        {row.replacement ? <ReplacementLink id={row.replacement} linked={row.replacementInCatalog} /> : null}
        <MigrateLink id={row.id} />
      </span>
    );
  }
  if (row.status === "deprecated") {
    return (
      <span className={STATUS_STACK}>
        <Badge tone="warn">Deprecated</Badge>
        {row.shutdownDate ? (
          <span className="text-xs text-fg-subtle">
            {`shuts down ${formatDate(row.shutdownDate)}${row.daysToShutdown !== null && row.daysToShutdown > 0 ? ` (${row.daysToShutdown} days)` : ""}`}
          </span>
        ) : null}
        {row.replacement ? <ReplacementLink id={row.replacement} linked={row.replacementInCatalog} /> : null}
        <MigrateLink id={row.id} />
      </span>
    );
  }
  if (row.status === "unknown") return <Badge>Status unknown</Badge>;
  return <Badge tone="good">Active</Badge>;
}

// Small text, stacked links: `inline-block py-1` makes each a 24 px tall target (WCAG 2.2
// target size; Lighthouse flagged "use …" and "Plan migration" as too close to tap).
function MigrateLink({ id }: { id: string }) {
  return (
    <a href={migrateHref(id)} className={linkVariants({ weight: "normal", className: "inline-block py-1 text-xs" })}>
      Plan migration<span className="sr-only">{` from ${id}`}</span>
    </a>
  );
}

function ReplacementLink({ id, linked }: { id: string; linked: boolean }) {
  return (
    <span className="text-xs text-fg-subtle">
      {"use "}
      {!linked ? (
        <span className="font-mono">{id}</span>
      ) : (
        <a href={modelHref(id)} className="inline-block py-1 font-mono underline underline-offset-2">
          {id}
        </a>
      )}
    </span>
  );
}
