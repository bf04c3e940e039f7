"use client";

import { useQueryStates } from "nuqs";
import { catalogParsers, catalogUrlKeys } from "./catalog";

/** The catalog view's one URL-state hook. Every change replaces the history entry. */
export function useCatalogState() {
  return useQueryStates(catalogParsers, { urlKeys: catalogUrlKeys, history: "replace", scroll: false });
}
