/**
 * Starts the "Your bill" worker. Imported only when the user first chooses a file (or changes
 * the reasoning assumption), so the page's first load carries none of the parsing code.
 */
import { proxy, wrap, type Remote } from "comlink";

import type { UsageWorkerApi } from "./usage.worker";

export type UsageWorker = { api: Remote<UsageWorkerApi>; terminate: () => void };

export function startUsageWorker(): UsageWorker {
  const worker = new Worker(new URL("./usage.worker.ts", import.meta.url), { type: "module", name: "usage" });
  return { api: wrap<UsageWorkerApi>(worker), terminate: () => worker.terminate() };
}

export { proxy };
