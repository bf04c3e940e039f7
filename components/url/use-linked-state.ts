"use client";

import { useMemo, useState } from "react";

import { linkedState } from "@/lib/url/linked-state";

/**
 * The state a view's island shows: the server loader's sanitised state for the link, key by
 * key until the URL changes (lib/url/linked-state.ts). So the first render is the server's
 * state exactly (no hydration drift), and the island never sanitises or re-reads problems.
 * When the server renders the page again (a new link, or a change the view re-renders on the
 * server for), what the URL holds at that moment is what the server read.
 */
export function useLinkedState<S extends object>(server: S, url: S): S {
  const [reading, setReading] = useState({ server, url });
  const stale = reading.server !== server;
  if (stale) setReading({ server, url });
  const read = stale ? url : reading.url;
  return useMemo(() => linkedState(url, read, server), [url, read, server]);
}
