"use client";

import { useSearchParams } from "next/navigation";
import { useMemo } from "react";

import { keysOfLink } from "@/lib/url/renamed-keys";

/**
 * A view's URL keys as the address bar spells them now: a renamed key keeps its old name while
 * only the old one is in the URL (lib/url/renamed-keys.ts). So an island opened from an old
 * link reads and writes the parameter the link carries; otherwise setting the value back to its
 * default would clear the new key and leave the old one, which the next render (and a reload)
 * would read again. "Copy link" still writes the new key, through the view's serializer.
 */
export function useLinkKeys<K extends string>(
  urlKeys: Record<K, string>,
  oldNames: Partial<Record<K, string>>,
): Record<K, string> {
  const searchParams = useSearchParams();
  const spelling = JSON.stringify(keysOfLink(urlKeys, oldNames, Object.fromEntries(searchParams ?? [])));
  // A new object only when a key's spelling changes, so nuqs keeps its subscriptions.
  return useMemo(() => JSON.parse(spelling) as Record<K, string>, [spelling]);
}
