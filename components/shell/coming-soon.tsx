import Link from "next/link";

/** An honest placeholder for a view that is planned but not built yet. */
export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <div className="max-w-2xl space-y-3">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      <p className="text-zinc-700 dark:text-zinc-300">{description}</p>
      <p className="rounded-md border border-dashed border-zinc-300 p-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        Coming soon: this view is not built yet. The <Link href="/" className="underline">catalog</Link> already has
        every model&apos;s prices, limits and lifecycle.
      </p>
    </div>
  );
}
