// Built by scripts/bench.mjs only. Next and React resolve from the repository's node_modules
// (Node walks up the directory tree); Turbopack's root is the repository, found by its lockfile.
// The build goes inside the repository's .next (ignored by git and ESLint); the bench builds
// this after the app, because `next build` of the app empties .next.
/** @type {import('next').NextConfig} */
const nextConfig = { poweredByHeader: false, distDir: "../../../.next/bench-bare" };

export default nextConfig;
