import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    // `server-only` throws outside React Server Components; unit tests run server code directly.
    alias: { "server-only": new URL("./tests/empty-module.ts", import.meta.url).pathname },
  },
  test: {
    include: ["lib/**/*.test.{ts,tsx}", "components/**/*.test.{ts,tsx}", "app/**/*.test.{ts,tsx}", "scripts/**/*.test.mjs"],
    environment: "node",
    setupFiles: ["./tests/setup.ts"],
  },
});
