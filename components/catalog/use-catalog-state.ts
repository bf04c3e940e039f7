"use client";

import { useQueryStates } from "nuqs";

import { useLinkedState } from "@/components/url/use-linked-state";
import { catalogParsers, catalogUrlKeys, type CatalogState } from "@/lib/url/catalog";

/** The catalog view's one URL-state hook, starting from the server's state for the link. Every change replaces the history entry. */
export function useCatalogState(initial: CatalogState) {
  const [url, setState] = useQueryStates(catalogParsers, { urlKeys: catalogUrlKeys, history: "replace", scroll: false });
  return [useLinkedState(initial, url), setState] as const;
}
