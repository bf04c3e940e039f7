/**
 * Loads lib/ (TypeScript) into a plain Node script. Node 20 cannot strip types, so Vite's module
 * runner (a dependency of vitest) transforms the modules with the same `@/` paths as the app,
 * and `server-only` is replaced as in vitest.config.mts (it throws outside React Server Components).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runnerImport } from "vite";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** @returns {Promise<typeof import("./entry")>} */
export async function loadUsageLib() {
  const { module } = await runnerImport("/scripts/usage/entry.ts", {
    configFile: false,
    root: ROOT,
    logLevel: "error",
    resolve: { tsconfigPaths: true, alias: { "server-only": path.join(ROOT, "tests/empty-module.ts") } },
  });
  return module;
}
