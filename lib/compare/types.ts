/** The compare view's plain, serializable shapes (built on the server, rendered by the client). */
import type { Standing } from "@/lib/catalog/headline";
import type { StatusOn } from "@/lib/catalog/lifecycle";
import type { CatalogEntry } from "@/lib/catalog/types";

/** A raw value as exported: numbers stay numbers, lists are joined, money is an exact decimal string. */
export type ExportValue = string | number | boolean | null;

export type CompareCell = {
  /** What the table shows ("$0.40", "400,000", "not published"). */
  text: string;
  /** The raw figure for exports and ranking; null = not published. */
  value: ExportValue;
  /** This cell holds the row's best value among models that stay callable (lowest price, largest context, highest score). */
  best: boolean;
  /** Better than the best, but its model shuts down within 90 days: named, never crowned (headline.ts). */
  sooner?: boolean;
  /** A caveat shown next to the value (third-party figure, a reason a cost cannot be computed). */
  note?: string;
};

export type SectionId =
  "model" | "lifecycle" | "cost" | "pricing" | "limits" | "modalities" | "reasoning" | "features" | "benchmarks" | "speed";

export type CompareRow = {
  key: string;
  section: SectionId;
  label: string;
  /** Unit of the raw values, named in export headers ("USD per 1M tokens", "tokens", "%"). */
  unit: string | null;
  /** Which end of the row is best; null when no value is better than another. */
  better: "lower" | "higher" | null;
  /** Not every model has the same value here (a "not published" differs from a figure); never for identity rows (name, family). */
  differs: boolean;
  /** Rows of one benchmark measured in several ways (settings, reporters) share its name here and sit together. */
  group?: string;
  cells: CompareCell[];
};

export type CompareModel = {
  id: string;
  displayName: string;
  kind: CatalogEntry["kind"];
  aliasId: string | null;
  resolvesTo: string | null;
  size: CatalogEntry["size"];
  /** On the day compared. */
  status: StatusOn;
  shutdownDate: string | null;
  standing: Standing;
  replacement: string | null;
  replacementInCatalog: boolean;
};

export type CompareTable = {
  models: CompareModel[];
  rows: CompareRow[];
};

/** One model the picker offers. */
export type PickerOption = { id: string; label: string; family: string; status: StatusOn };
