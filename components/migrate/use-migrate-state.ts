"use client";

import { throttle, useQueryStates } from "nuqs";

import { useLinkKeys } from "@/components/url/use-link-keys";
import { useLinkedState } from "@/components/url/use-linked-state";
import { migrateOldKeys, migrateParsers, migrateUrlKeys, type MigrateState } from "@/lib/url/migrate";
import { TYPING_URL_THROTTLE_MS } from "@/lib/url/parsers";

/** The migration planner's one URL-state hook, starting from the server's state for the link. Every change replaces the history entry. */
export function useMigrateState(initial: MigrateState) {
  const urlKeys = useLinkKeys(migrateUrlKeys, migrateOldKeys);
  const [url, setState] = useQueryStates(migrateParsers, {
    urlKeys,
    history: "replace",
    scroll: false,
    // Typing a workload: the state updates at once, the URL follows.
    limitUrlUpdates: throttle(TYPING_URL_THROTTLE_MS),
  });
  return [useLinkedState(initial, url), setState] as const;
}
