#!/usr/bin/env node
/**
 * Writes the sample exports of the "Your bill" view to public/samples/:
 *   usage-completions.json  Usage API pages (GET /v1/organization/usage/completions, bucket_width=1d,
 *                           group_by=model,batch,service_tier), 30 daily buckets in 5 pages
 *   costs.json              Costs API pages for the same days (group_by=line_item,project_id),
 *                           that usage at the catalog's current prices, amounts as long decimal strings
 *   usage-completions.csv   the dashboard's usage export of the same usage, by project
 *   costs.csv               the dashboard's cost export of the same costs
 *
 * The workload (lib/usage/samples.ts has the exact figures): 30 days from 2026-10-25, two projects
 * (fake names and e-mails: "Project Falcon" dev@example.com, "Project Heron" ops@example.com)
 * - gpt-4o-mini-2024-07-18 (retiring 2027-01-14): 12,000 standard requests a day, 1,500 input
 *   tokens (40 % cached) and 200 output tokens each;
 * - gpt-5-mini-2025-08-07 (shut down 2026-12-11): 2,000 standard and 150 priority requests a day,
 *   3,000 input (25 % cached) and 800 output (reasoning included) each;
 * - gpt-4.1-mini-2025-04-14 (retiring 2027-01-14): 4,000 Batch requests a day (60 % of its
 *   requests), 2,000 input and 300 output each, and 2,700 standard requests (20 % cached).
 * Weekends run at 60 %, every day ±10 % from a seeded generator: the files are the same on every run.
 *
 * Run after a price correction in data/ (a unit test fails until the files match the catalog):
 *   node scripts/generate-usage-samples.mjs
 */
import fs from "node:fs";
import path from "node:path";

import { loadUsageLib, ROOT } from "./usage/load-lib.mjs";

const lib = await loadUsageLib();
const files = lib.sampleFiles(lib.toUsageCatalog(lib.loadCatalog()));
const dir = path.join(ROOT, "public", "samples");
fs.mkdirSync(dir, { recursive: true });
for (const [name, content] of Object.entries(files)) {
  fs.writeFileSync(path.join(dir, name), content);
  console.log(`public/samples/${name}  ${(Buffer.byteLength(content) / 1024).toFixed(1)} KB`);
}
