// The unit tests as mutation testing runs them (stryker.config.mjs, docs/mutation.md): lib/'s own
// tests, fast-check with a fixed seed and fewer runs, and room for instrumented code on a loaded
// two-core machine. `npx vitest run` keeps using vitest.config.mts.
import { defineConfig } from "vitest/config";

import base from "./vitest.config.mts";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // Component and route tests (happy-dom, image rendering) would make every mutant's run many
    // times slower; lib/usage tests another view and its property tests are the slowest of all.
    include: ["lib/**/*.test.ts"],
    exclude: ["lib/usage/**"],
    setupFiles: ["./tests/setup.ts", "./tests/mutation/setup.ts"],
    // Instrumented code runs several times slower; a test that overran would count as a failure.
    testTimeout: 60_000,
  },
});
