import type { Metadata } from "next";

import { NotFoundMessage } from "@/components/not-found/not-found-message";
import { loadCatalog } from "@/lib/catalog/load";
import { nearestIds } from "@/lib/catalog/nearest-ids";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Model not found", robots: { index: false } };

/**
 * The answer to /models/<unknown id>: proxy.ts rewrites such a request here with status 404.
 * The model page cannot say it itself: it is prerendered for the catalog's IDs only, and the
 * not-found page cannot read the request without making every page dynamic.
 */
export default async function MissingModelPage({ params }: Props) {
  const raw = (await params).id;
  let requested = raw;
  try {
    requested = decodeURIComponent(raw);
  } catch {
    // A malformed escape is shown as it was typed.
  }
  const suggestions = nearestIds(
    requested,
    loadCatalog().map((e) => e.id),
  );
  return <NotFoundMessage model={{ requested, suggestions }} />;
}
