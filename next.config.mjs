// Security headers for every route. No 'unsafe-eval' in production (React's dev build needs it
// for stack reconstruction, so dev adds it). 'unsafe-inline' scripts remain because Next's
// streamed RSC payload and our no-flash theme script are inline; nonces would make every page
// dynamic. Nothing is loaded from another origin, so 'self' is the whole allow-list.
const isDev = process.env.NODE_ENV === "development";

const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// `npm run bench` also builds a harness copy of the app (NAVIGATOR_BENCH_HARNESS=1): files named
// page.bench.tsx become routes (the real catalog table fed 2,000 synthetic rows) and the output
// goes to .next/bench-harness, beside the production build. Without the variable those files are
// not pages, so production builds never contain them.
const benchHarness = process.env.NAVIGATOR_BENCH_HARNESS === "1";

// lib/cn.ts checks class lists for conflicts in dev and tests; NAVIGATOR_CHECK_CLASSES=1 turns the
// check on in a production build (an audit). Inlined as a constant so that, off, the check and
// tailwind-merge are dropped from the bundles.
const checkClasses = process.env.NAVIGATOR_CHECK_CLASSES === "1" ? "1" : "0";

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...(benchHarness && { distDir: ".next/bench-harness", pageExtensions: ["bench.tsx", "tsx", "ts", "jsx", "js"] }),
  env: { NAVIGATOR_CHECK_CLASSES: checkClasses },
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
