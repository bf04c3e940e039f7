/** "GPQA Diamond" → "gpqa-diamond", "SWE-bench Verified" → "swe-bench-verified". */
export function benchmarkSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
