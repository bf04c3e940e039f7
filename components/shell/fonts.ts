/**
 * The Geist fonts from the `geist` package's files (no network at build), declared here rather
 * than through `geist/font/*` to choose what is preloaded. Sans sets almost every word: it is
 * preloaded, swapping from a metric-adjusted fallback. Mono is only for IDs and code: preloading
 * it put another 72 kB in front of the first paint on every page (Lighthouse, slow 4G), so it
 * loads when used and, if not there within the first 100 ms, waits for the next page
 * (`optional`: no swap, so no layout shift in the ID column).
 */
import localFont from "next/font/local";

export const sans = localFont({
  src: "../../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
});

export const mono = localFont({
  src: "../../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  weight: "100 900",
  preload: false,
  display: "optional",
  adjustFontFallback: false,
  fallback: [
    "ui-monospace",
    "SFMono-Regular",
    "Menlo",
    "Monaco",
    "Liberation Mono",
    "DejaVu Sans Mono",
    "Courier New",
    "monospace",
  ],
});
