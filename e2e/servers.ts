/**
 * The production servers the e2e suite runs against, all from one build: the default one, whose
 * "today" is pinned to 2026-11-25, and one per rollover day (e2e/rollover.spec.ts), each on the
 * next port with its own NAVIGATOR_TODAY. playwright.config.ts starts them; specs that visit a
 * rollover day use absolute URLs from here.
 */
export const PORT = Number(process.env.E2E_PORT ?? 3100);
export const DEFAULT_TODAY = process.env.NAVIGATOR_TODAY ?? "2026-11-25";

/** gpt-5-mini and gpt-5-nano shut down on the first; gpt-4o-mini, gpt-4.1-mini, gpt-4.1 and gpt-4o on the second. */
export const ROLLOVER_DAYS = ["2026-12-11", "2027-01-14"] as const;
export type RolloverDay = (typeof ROLLOVER_DAYS)[number];

export const origin = (port: number) => `http://127.0.0.1:${port}`;

export const rolloverOrigin = (day: RolloverDay) => origin(PORT + 1 + ROLLOVER_DAYS.indexOf(day));
