/** What reading one file gives, before files are combined and duplicates removed. */
import { formatTokens } from "@/lib/format";

import type { CostBucket, UsageBucket } from "./collect";
import type { FileFormat, UsageProblem, UsageReports } from "./types";

export type FileRead =
  | {
      ok: true;
      kind: "usage";
      format: Extract<FileFormat, `usage-${string}`>;
      buckets: UsageBucket[];
      pages: number;
      records: number;
      reports: UsageReports;
      warnings: string[];
    }
  | {
      ok: true;
      kind: "costs";
      format: Extract<FileFormat, `costs-${string}`>;
      buckets: CostBucket[];
      pages: number;
      records: number;
      currency: string | null;
      warnings: string[];
    }
  | { ok: false; problem: UsageProblem };

/** Warnings listed one by one before the rest are counted. */
export const MAX_WARNINGS = 5;

export class Warnings {
  private readonly list: string[] = [];
  private extra = 0;

  add(w: string): void {
    if (this.list.length < MAX_WARNINGS) this.list.push(w);
    else this.extra++;
  }

  done(): string[] {
    return this.extra ? [...this.list, `… and ${formatTokens(this.extra)} more like these.`] : [...this.list];
  }
}
