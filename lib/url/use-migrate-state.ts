"use client";

import { throttle, useQueryStates } from "nuqs";
import { migrateParsers, migrateUrlKeys } from "./migrate";

/** Typing a workload writes the URL at most this often (the state itself updates at once). */
const URL_THROTTLE_MS = 300;

/** The migration planner's one URL-state hook. Every change replaces the history entry. */
export function useMigrateState() {
  return useQueryStates(migrateParsers, {
    urlKeys: migrateUrlKeys,
    history: "replace",
    scroll: false,
    limitUrlUpdates: throttle(URL_THROTTLE_MS),
  });
}
