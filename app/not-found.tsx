import Link from "next/link";

import { linkVariants } from "@/components/ui/link";

export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight">Not found</h1>
      <p className="text-fg-muted">
        There is no page here. If you followed a link to a model, that model ID is not in this catalog: it may be misspelt, or a
        model we have not verified yet (newer tiers such as GPT-6.1 Terra are named as replacements but not catalogued).
      </p>
      <p>
        <Link href="/" className={linkVariants()}>
          Browse the catalog
        </Link>
      </p>
    </div>
  );
}
