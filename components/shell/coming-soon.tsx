import Link from "next/link";

/** An honest placeholder for a view that is planned but not built yet. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-fg-muted">{description}</p>
      <p className="rounded-md border border-dashed border-line-strong p-4 text-sm text-fg-subtle">
        Coming soon: this view is not built yet. The <Link href="/" className="underline">catalog</Link> already has
        every model&apos;s prices, limits and lifecycle.
      </p>
    </div>
  );
}
