/**
 * What the usage scripts (sample generator, bench) need from lib/, in one module so Vite's
 * module runner transforms the TypeScript once. Node-only: it reads data/ through the catalog's
 * own loader.
 */
export { loadCatalog } from "@/lib/catalog/load";
export { getToday } from "@/lib/catalog/today";
export { analyzeUsage } from "@/lib/usage/analyze";
export { toUsageCatalog } from "@/lib/usage/catalog";
export { importUsageFiles } from "@/lib/usage/parse";
export { reconcileCosts } from "@/lib/usage/reconcile";
export { benchUsageCsv, sampleFiles } from "@/lib/usage/samples";
