import { readFileSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

import { DEFAULT_TODAY, origin, PORT, ROLLOVER_DAYS, rolloverOrigin } from "./e2e/servers";

const baseURL = origin(PORT);
/**
 * The tests serve the app exactly as `npm start` does: its command raises Node's header limit,
 * which decides how long a link may be (README, "Long links"). Node started directly, not through
 * npm, so stopping the server stops next-server too.
 */
const START = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts.start;
const start = (port: number) => `${START} -p ${port}`;
/** Servers start one after another: the rollover servers reuse the default server's build. */
const serverDefaults = { reuseExistingServer: !process.env.CI, timeout: 240_000, stdout: "ignore", stderr: "pipe" } as const;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL,
    trace: "off",
    launchOptions: {
      // Debian's Chromium (scripts/ensure-chromium.sh); Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      ...serverDefaults,
      command: process.env.E2E_SKIP_BUILD ? start(PORT) : `node node_modules/next/dist/bin/next build && ${start(PORT)}`,
      url: baseURL,
      // Lifecycle depends on the date; tests pin it so "days to shutdown" and statuses are stable.
      env: { NEXT_TELEMETRY_DISABLED: "1", NAVIGATOR_TODAY: DEFAULT_TODAY },
    },
    // The same build on the days models shut down (e2e/rollover.spec.ts).
    ...ROLLOVER_DAYS.map((day) => {
      const url = rolloverOrigin(day);
      return {
        ...serverDefaults,
        command: start(Number(new URL(url).port)),
        url,
        env: { NEXT_TELEMETRY_DISABLED: "1", NAVIGATOR_TODAY: day },
      };
    }),
  ],
});
