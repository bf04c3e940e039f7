"use client";

import { throttle, useQueryStates } from "nuqs";
import { migrateParsers, migrateUrlKeys } from "./migrate";
import { TYPING_URL_THROTTLE_MS } from "./parsers";

/** The migration planner's one URL-state hook. Every change replaces the history entry. */
export function useMigrateState() {
  return useQueryStates(migrateParsers, {
    urlKeys: migrateUrlKeys,
    history: "replace",
    scroll: false,
    // Typing a workload: the state updates at once, the URL follows.
    limitUrlUpdates: throttle(TYPING_URL_THROTTLE_MS),
  });
}
