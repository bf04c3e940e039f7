/**
 * Everything the "Your bill" page shows, from files (in the browser's Web Worker) or from a
 * shared summary (on the server), in one plain-data shape: the analysis, the reconciliation
 * with a costs file, what the permalink carries (or why it cannot), and the onward links with
 * the file's daily volumes. The page renders it and computes nothing.
 */
import { usageCalculatorHref, usageMigrateHref } from "@/lib/url/usage-links";

import { analyzeUsage, type UsageAnalysis } from "./analyze";
import { CatalogIndex, type UsageCatalog } from "./catalog";
import { dailyVolumes, type DailyVolumes } from "./handoff";
import { importUsageFiles, type FileReport } from "./parse";
import { encodeLinkForm, linkAggregate } from "./permalink";
import { problem } from "./problems";
import { reconcileCosts, type Reconciliation } from "./reconcile";
import type { ReasoningAssumption } from "./reprice";
import type { ParseOptions, UsageAggregate, UsageInput, UsageProblem } from "./types";

export type UsageViewLink = { ok: true; linkForm: UsageAggregate } | { ok: false; message: string };

export type UsageOnward = {
  /** The whole file's daily volumes; null when the file has no period. */
  volumes: DailyVolumes | null;
  /** The calculator with the file's models (and the models its banners suggest) in focus. */
  calculator: string | null;
  /** "Plan the migration", one per retiring model of the file, with that model's volumes. */
  migrate: { familyId: string; from: string; href: string; volumes: DailyVolumes }[];
};

export type UsageView = {
  source: "file" | "link";
  /** The aggregate analysed: re-analysed when the reasoning assumption changes. */
  aggregate: UsageAggregate;
  analysis: UsageAnalysis;
  reconciliation: Reconciliation | null;
  link: UsageViewLink;
  onward: UsageOnward;
  /** The files read (empty for a shared summary) and what was worth saying about them. */
  files: FileReport[];
  warnings: string[];
};

export type UsageViewOptions = { today: string; reasoning?: ReasoningAssumption | null };

export const COSTS_ONLY_MESSAGE =
  "A costs export says what you paid, not which tokens you used, so it cannot be repriced on its own. Load the completions usage export for the same period (with it, or first), and the costs file is reconciled against it.";

/** The link's summary, or why the usage is too large for one. */
export function usageViewLink(aggregate: UsageAggregate, catalog: UsageCatalog | CatalogIndex): UsageViewLink {
  const linkForm = linkAggregate(aggregate, catalog);
  const encoded = encodeLinkForm(linkForm);
  return encoded.ok ? { ok: true, linkForm } : { ok: false, message: encoded.message };
}

export function onwardLinks(aggregate: UsageAggregate, analysis: UsageAnalysis, index: CatalogIndex): UsageOnward {
  const volumes = dailyVolumes(aggregate);
  const families = analysis.models.flatMap((m) => (m.identity.known ? [m.identity.familyId] : []));
  const suggested = analysis.banners.flatMap((b) => (b.suggestion ? [b.suggestion.row.targetId] : []));
  const focus = [...new Set([...families, ...suggested])];
  const retired = focus.some((id) =>
    analysis.models.some((m) => m.identity.known && m.identity.familyId === id && !m.lifecycle?.callable),
  );
  const migrate = analysis.banners.flatMap((b) => {
    const v = dailyVolumes(aggregate, b.fileIds);
    // One file ID plans that ID (a snapshot can retire apart from its alias); several plan the alias.
    const from = b.fileIds.length === 1 ? b.fileIds[0]! : b.familyId;
    return v && index.get(from) ? [{ familyId: b.familyId, from, href: usageMigrateHref(from, v), volumes: v }] : [];
  });
  return {
    volumes,
    calculator: volumes && focus.length ? usageCalculatorHref(volumes, focus, retired) : null,
    migrate,
  };
}

/** The view of an aggregate: a shared summary's, or a file's before its reconciliation is added. */
export function usageView(
  aggregate: UsageAggregate,
  catalog: UsageCatalog | CatalogIndex,
  options: UsageViewOptions & { source: UsageView["source"] },
): UsageView {
  const index = catalog instanceof CatalogIndex ? catalog : new CatalogIndex(catalog);
  const analysis = analyzeUsage(aggregate, index, options);
  return {
    source: options.source,
    aggregate,
    analysis,
    reconciliation: null,
    link: usageViewLink(aggregate, index),
    onward: onwardLinks(aggregate, analysis, index),
    files: [],
    warnings: [],
  };
}

/** The same view under another reasoning assumption: the analysis and the links it names are redone. */
export function reanalyzeView(view: UsageView, catalog: UsageCatalog | CatalogIndex, options: UsageViewOptions): UsageView {
  const index = catalog instanceof CatalogIndex ? catalog : new CatalogIndex(catalog);
  const analysis = analyzeUsage(view.aggregate, index, options);
  return { ...view, analysis, onward: onwardLinks(view.aggregate, analysis, index) };
}

export type UsageLoad =
  | {
      ok: true;
      view: UsageView;
      /** The inputs read: `previousUsage` then the chosen ones, or the chosen ones alone. */
      withPrevious: boolean;
      /** Indexes of the usage files among the inputs read: kept, so a costs file chosen next reconciles against them. */
      usageInputs: number[];
    }
  | { ok: false; problems: UsageProblem[]; files: FileReport[] };

const isUsageFormat = (f: FileReport) => f.format === "usage-json" || f.format === "usage-csv";

/**
 * Reads the chosen files and builds the view. A selection of costs files only is read with the
 * usage files loaded before (`previousUsage`), so a costs export chosen after its usage
 * reconciles against it; anything else replaces what was loaded.
 */
export async function loadUsageView(
  inputs: readonly UsageInput[],
  catalog: UsageCatalog,
  options: UsageViewOptions & ParseOptions & { previousUsage?: readonly UsageInput[] },
): Promise<UsageLoad> {
  let imp = await importUsageFiles(inputs, options);
  const withPrevious = Boolean(imp.ok && !imp.usage && imp.costs && options.previousUsage?.length);
  if (withPrevious) imp = await importUsageFiles([...options.previousUsage!, ...inputs], options);
  if (!imp.ok) return { ok: false, problems: imp.problems, files: imp.files };
  if (!imp.usage) {
    const names = imp.files.map((f) => f.name).join(", ");
    return { ok: false, problems: [problem("not-an-export", names, COSTS_ONLY_MESSAGE)], files: imp.files };
  }
  const index = new CatalogIndex(catalog);
  const view = usageView(imp.usage.aggregate, index, { ...options, source: "file" });
  return {
    ok: true,
    view: {
      ...view,
      reconciliation: imp.costs ? reconcileCosts(imp.usage, imp.costs, index) : null,
      files: imp.files,
      warnings: [...imp.files.flatMap((f) => f.warnings.map((w) => `${f.name}: ${w}`)), ...imp.warnings],
    },
    withPrevious,
    usageInputs: imp.files.flatMap((f, i) => (isUsageFormat(f) ? [i] : [])),
  };
}
