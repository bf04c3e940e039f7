"use client";

import { useQueryStates } from "nuqs";

import { useLinkKeys } from "@/components/url/use-link-keys";
import { useLinkedState } from "@/components/url/use-linked-state";
import { catalogOldKeys, catalogParsers, catalogUrlKeys, type CatalogState } from "@/lib/url/catalog";

/** The catalog view's one URL-state hook, starting from the server's state for the link. Every change replaces the history entry. */
export function useCatalogState(initial: CatalogState) {
  const urlKeys = useLinkKeys(catalogUrlKeys, catalogOldKeys);
  const [url, setState] = useQueryStates(catalogParsers, { urlKeys, history: "replace", scroll: false });
  return [useLinkedState(initial, url), setState] as const;
}
