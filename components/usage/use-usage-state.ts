"use client";

import { throttle, useQueryStates } from "nuqs";

import { useLinkedState } from "@/components/url/use-linked-state";
import { TYPING_URL_THROTTLE_MS } from "@/lib/url/parsers";
import { usageParsers, usageUrlKeys, type UsageState } from "@/lib/url/usage";

/**
 * The "Your bill" view's one URL-state hook, starting from the server's state for the link.
 * Every change replaces the history entry; the browser alone recomputes (no server render).
 * Also returns what the URL holds now: when the router restores the page as first rendered
 * (Back to a link whose summary was written after a file was read), the two differ.
 */
export function useUsageState(initial: UsageState) {
  const [url, setState] = useQueryStates(usageParsers, {
    urlKeys: usageUrlKeys,
    history: "replace",
    scroll: false,
    limitUrlUpdates: throttle(TYPING_URL_THROTTLE_MS),
  });
  return [useLinkedState(initial, url), setState, url] as const;
}
