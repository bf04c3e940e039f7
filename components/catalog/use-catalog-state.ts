"use client";

import { useQueryStates } from "nuqs";
import { useCallback } from "react";

import { useLinkKeys } from "@/components/url/use-link-keys";
import { useLinkedState, useWrittenKeys } from "@/components/url/use-linked-state";
import { catalogOldKeys, catalogParsers, catalogUrlKeys, type CatalogState } from "@/lib/url/catalog";

type SetCatalog = ReturnType<typeof useQueryStates<typeof catalogParsers>>[1];

/** The catalog view's one URL-state hook, starting from the server's state for the link. Every change replaces the history entry. */
export function useCatalogState(initial: CatalogState) {
  const urlKeys = useLinkKeys(catalogUrlKeys, catalogOldKeys);
  const [url, setUrl] = useQueryStates(catalogParsers, { urlKeys, history: "replace", scroll: false });
  // The loader settles contradictions (lib/url/catalog-settle.ts): a key the user then writes
  // back to the link's own value must show it, though the URL does not change.
  const [written, mark] = useWrittenKeys(initial);
  const setState = useCallback<SetCatalog>(
    (patch, options) => {
      if (typeof patch !== "function" && patch) mark(patch);
      return setUrl(patch, options);
    },
    [mark, setUrl],
  );
  return [useLinkedState(initial, url, written), setState] as const;
}
