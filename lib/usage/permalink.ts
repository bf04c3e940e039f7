/**
 * The "Your bill" permalink: a compact, versioned encoding of the usage aggregate, which is all
 * repricing needs (per model and tier: requests and tokens by kind; the period; what the export
 * was grouped by). It can hold nothing else: no project, user, key or organisation is in the
 * aggregate, model IDs the catalog does not know are replaced by neutral names (a fine-tuned ID
 * names its organisation), and unusual tier names are dropped. The raw file is never in a link.
 *
 * Layout (version 1), base64url of: version byte · period start · period length · flags ·
 * string table (model IDs, tier names) · cells (model index, tier code, six counts), all
 * numbers as varints.
 */
import { SERVICE_TIERS } from "@/lib/cost/tiers";
import { formatTokens } from "@/lib/format";

import { CatalogIndex, type UsageCatalog } from "./catalog";
import { CellMap, COUNT_FIELDS, NO_MODEL } from "./cells";
import { ByteReader, ByteWriter, fromBase64Url } from "./link-codec";
import { isServiceTier } from "./tiers";
import type { UsageAggregate, UsageReports, UsageTier } from "./types";

export const USAGE_LINK_VERSION = 1;
/**
 * The longest summary put in a link: with the rest of a URL it stays under the ~2,000
 * characters every browser, chat client and proxy passes intact. About 40 model-and-tier cells.
 */
export const MAX_USAGE_LINK_CHARS = 1800;

/** What a model ID in a link may look like (the catalog's ID pattern, and our placeholders). */
const LINK_MODEL_ID = /^[a-z0-9][a-z0-9.-]{0,63}$|^ft:[a-z0-9][a-z0-9.-]{0,63}:[0-9]{1,4}$|^unknown-[0-9]{1,4}$/;
const LINK_TIER_NAME = /^[a-z]{1,16}$/;
const MAX_TEXT = 80;
const MAX_CELLS = 500;
const OTHER = "other:";
const REPORT_FLAGS: (keyof UsageReports)[] = ["batch", "serviceTier", "cacheWrite", "imageTokens"];
const FLAG_PERIOD = 1 << REPORT_FLAGS.length;

export type EncodedUsage =
  { ok: true; value: string } | { ok: false; reason: "too-large"; length: number; limit: number; message: string };

export type DecodedUsage = { ok: true; aggregate: UsageAggregate } | { ok: false; message: string };

const PLACEHOLDER = /^ft:[a-z0-9][a-z0-9.-]{0,63}:[0-9]{1,4}$|^unknown-[0-9]{1,4}$/;

/**
 * The IDs a link may carry: catalog IDs as they are; fine-tuned models as "ft:<base>:<n>" when
 * the catalog knows the base, else "unknown-<n>"; records without a model keep their marker.
 * Placeholders already in the aggregate (a reopened link) stay as they are, so copying a shared
 * link gives the same link. Without a catalog, only the ID's shape is checked.
 */
function linkIds(models: readonly string[], index: CatalogIndex | null): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set(models.filter((id) => PLACEHOLDER.test(id)));
  const next = (prefix: string) => {
    let n = 1;
    while (taken.has(`${prefix}${n}`)) n++;
    taken.add(`${prefix}${n}`);
    return `${prefix}${n}`;
  };
  for (const id of [...models].sort()) {
    const known = index ? index.get(id)?.id : LINK_MODEL_ID.test(id) ? id : undefined;
    if (id === NO_MODEL || taken.has(id)) out.set(id, id);
    else if (known && LINK_MODEL_ID.test(known)) out.set(id, known);
    else {
      const ftBase = /^ft:([^:]+)/.exec(id)?.[1];
      const base = ftBase ? (index ? index.get(ftBase)?.id : ftBase) : undefined;
      out.set(id, base && LINK_MODEL_ID.test(base) ? next(`ft:${base}:`) : next("unknown-"));
    }
  }
  return out;
}

function linkTier(t: UsageTier): UsageTier {
  if (isServiceTier(t)) return t;
  return LINK_TIER_NAME.test(t.slice(OTHER.length)) ? t : `${OTHER}unnamed`;
}

/**
 * The aggregate a link would reopen: `encode` then `decode` gives exactly this. Keep it in URL
 * state: `encodeLinkForm` then serializes it without the catalog.
 */
export function linkAggregate(aggregate: UsageAggregate, catalog: UsageCatalog | CatalogIndex | null): UsageAggregate {
  const index = catalog === null ? null : catalog instanceof CatalogIndex ? catalog : new CatalogIndex(catalog);
  const ids = linkIds([...new Set(aggregate.cells.map((c) => c.model))], index);
  const cells = new CellMap();
  for (const c of aggregate.cells) cells.add(ids.get(c.model)!, linkTier(c.tier), c);
  return { period: aggregate.period ? { ...aggregate.period } : null, cells: cells.cells(), reports: { ...aggregate.reports } };
}

/** An aggregate → its link text (IDs the catalog does not know are replaced first). */
export function encodeUsageSummary(aggregate: UsageAggregate, catalog: UsageCatalog | CatalogIndex): EncodedUsage {
  return encodeLinkForm(linkAggregate(aggregate, catalog));
}

/**
 * An aggregate already in link form (from `linkAggregate` or `decodeUsageSummary`) → its link
 * text, without the catalog: what a URL serializer can call. IDs are checked again by their
 * shape, so even a raw aggregate passed by mistake cannot put an e-mail or a name in a link.
 */
export function encodeLinkForm(linkForm: UsageAggregate): EncodedUsage {
  const a = linkAggregate(linkForm, null);
  const strings: string[] = [];
  const at = (s: string) => {
    const i = strings.indexOf(s);
    return i >= 0 ? i : strings.push(s) - 1;
  };
  const cells = a.cells.map((c) => ({
    c,
    model: at(c.model),
    tier: isServiceTier(c.tier) ? SERVICE_TIERS.indexOf(c.tier) : SERVICE_TIERS.length + at(c.tier.slice(OTHER.length)),
  }));
  const w = new ByteWriter().uint(USAGE_LINK_VERSION);
  let flags = a.period ? FLAG_PERIOD : 0;
  REPORT_FLAGS.forEach((f, i) => (flags |= a.reports[f] ? 1 << i : 0));
  w.uint(a.period?.start ?? 0)
    .uint(a.period ? a.period.end - a.period.start : 0)
    .uint(flags);
  w.uint(strings.length);
  strings.forEach((s) => w.text(s));
  w.uint(cells.length);
  for (const { c, model, tier } of cells) {
    w.uint(model).uint(tier);
    for (const f of COUNT_FIELDS) w.uint(c[f]);
  }
  const value = w.toBase64Url();
  if (value.length > MAX_USAGE_LINK_CHARS) {
    return {
      ok: false,
      reason: "too-large",
      length: value.length,
      limit: MAX_USAGE_LINK_CHARS,
      message: `This usage has ${a.cells.length} model and tier combinations: its summary would take ${formatTokens(value.length)} characters, more than the ${formatTokens(MAX_USAGE_LINK_CHARS)} a link can safely carry. Download the figures instead, or load an export of fewer models.`,
    };
  }
  return { ok: true, value };
}

const DAMAGED = "This link's usage summary is damaged or incomplete (was the link cut off when it was copied?).";

export function decodeUsageSummary(text: string): DecodedUsage {
  if (typeof text !== "string" || text.length === 0) return { ok: false, message: "This link carries no usage summary." };
  if (text.length > MAX_USAGE_LINK_CHARS)
    return {
      ok: false,
      message: `This link's usage summary is longer than any this page writes (${formatTokens(MAX_USAGE_LINK_CHARS)} characters).`,
    };
  const bytes = fromBase64Url(text);
  if (!bytes.ok) return { ok: false, message: bytes.truncated ? DAMAGED : `This is not a usage summary: ${bytes.error}.` };
  const r = new ByteReader(bytes.value);
  const version = r.uint();
  if (version === null) return { ok: false, message: DAMAGED };
  if (version !== USAGE_LINK_VERSION) {
    return {
      ok: false,
      message: `This link's usage summary is version ${version}; this page reads version ${USAGE_LINK_VERSION}. Open the link with the current site, or share the file again.`,
    };
  }
  const start = r.uint();
  const length = r.uint();
  const flags = r.uint();
  const stringCount = r.uint();
  if (
    start === null ||
    length === null ||
    flags === null ||
    stringCount === null ||
    stringCount > MAX_CELLS * 2 ||
    flags >= FLAG_PERIOD * 2
  ) {
    return { ok: false, message: DAMAGED };
  }
  const strings: string[] = [];
  for (let i = 0; i < stringCount; i++) {
    const s = r.text(MAX_TEXT);
    if (s === null) return { ok: false, message: DAMAGED };
    strings.push(s);
  }
  const cellCount = r.uint();
  if (cellCount === null || cellCount > MAX_CELLS) return { ok: false, message: DAMAGED };
  const cells = new CellMap();
  for (let i = 0; i < cellCount; i++) {
    const model = r.uint();
    const tierCode = r.uint();
    const counts = COUNT_FIELDS.map(() => r.uint());
    if (model === null || tierCode === null || counts.some((n) => n === null)) return { ok: false, message: DAMAGED };
    const id = strings[model];
    const tierName = tierCode < SERVICE_TIERS.length ? undefined : strings[tierCode - SERVICE_TIERS.length];
    const tier: UsageTier | undefined =
      tierCode < SERVICE_TIERS.length ? SERVICE_TIERS[tierCode] : tierName !== undefined ? `${OTHER}${tierName}` : undefined;
    if (
      id === undefined ||
      (id !== NO_MODEL && !LINK_MODEL_ID.test(id)) ||
      tier === undefined ||
      (tierName !== undefined && !LINK_TIER_NAME.test(tierName))
    ) {
      return { ok: false, message: DAMAGED };
    }
    const [requests, uncachedInput, cachedInput, cacheWriteInput, output, imageInput] = counts as number[];
    if (
      !cells.add(id, tier, {
        requests: requests!,
        uncachedInput: uncachedInput!,
        cachedInput: cachedInput!,
        cacheWriteInput: cacheWriteInput!,
        output: output!,
        imageInput: imageInput!,
      })
    ) {
      return { ok: false, message: DAMAGED };
    }
  }
  const hasPeriod = (flags & FLAG_PERIOD) !== 0;
  const periodOk = hasPeriod ? length > 0 && Number.isSafeInteger(start + length) : start === 0 && length === 0;
  // One encoding per summary: anything left over, repeated or out of place is damage.
  if (!r.done || cells.size !== cellCount || !periodOk) return { ok: false, message: DAMAGED };
  const reports = Object.fromEntries(REPORT_FLAGS.map((f, i) => [f, (flags & (1 << i)) !== 0])) as UsageReports;
  return { ok: true, aggregate: { period: hasPeriod ? { start, end: start + length } : null, cells: cells.cells(), reports } };
}
