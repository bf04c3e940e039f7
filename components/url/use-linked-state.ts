"use client";

import { useCallback, useMemo, useState } from "react";

import { linkedState } from "@/lib/url/linked-state";

/**
 * The state a view's island shows: the server loader's sanitised state for the link, key by
 * key until the URL changes (lib/url/linked-state.ts). So the first render is the server's
 * state exactly (no hydration drift), and the island never sanitises or re-reads problems.
 * When the server renders the page again (a new link, or a change the view re-renders on the
 * server for), what the URL holds at that moment is what the server read.
 */
export function useLinkedState<S extends object>(server: S, url: S, written?: ReadonlySet<keyof S>): S {
  const [reading, setReading] = useState({ server, url });
  const stale = reading.server !== server;
  if (stale) setReading({ server, url });
  const read = stale ? url : reading.url;
  return useMemo(() => linkedState(url, read, server, written), [url, read, server, written]);
}

const NONE: ReadonlySet<never> = new Set();

/**
 * The keys the island has written since the server rendered `server` (see `linkedState`): pass
 * them to useLinkedState, and call `mark` with every patch the island writes. A new server
 * state starts afresh.
 */
export function useWrittenKeys<S extends object>(server: S) {
  const [written, setWritten] = useState<{ server: S; keys: ReadonlySet<keyof S> }>({ server, keys: NONE });
  const keys = written.server === server ? written.keys : NONE;
  const mark = useCallback(
    (patch: Partial<Record<keyof S, unknown>>) =>
      setWritten((w) => {
        const before = w.server === server ? w.keys : NONE;
        const added = (Object.keys(patch) as (keyof S)[]).filter((k) => !before.has(k));
        return added.length || w.server !== server ? { server, keys: new Set([...before, ...added]) } : w;
      }),
    [server],
  );
  return [keys, mark] as const;
}
