/**
 * The choices the "Your bill" view offers, in a module of their own, free of decimal.js, so the
 * page's URL contract (lib/url/usage.ts) can name them without pulling the money code into the
 * page's first load.
 */
import { SERVICE_TIERS } from "@/lib/cost/tiers";

import type { ServiceTier } from "./types";

/** A reasoning share of 100 % would mean infinite output; 95 % already means 20× the visible output. */
export const MAX_REASONING_SHARE_PERCENT = 95;

/** "as-run" keeps every record on the tier it ran on; the others move all usage to one tier. */
export type RepriceTier = ServiceTier | "as-run";
export const REPRICE_TIERS: readonly RepriceTier[] = ["as-run", ...SERVICE_TIERS];
