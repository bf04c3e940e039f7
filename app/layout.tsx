import type { Metadata, Viewport } from "next";
import { NuqsAdapter } from "nuqs/adapters/next/app";

import { mono, sans } from "@/components/shell/fonts";
import { SiteFooter } from "@/components/shell/site-footer";
import { SiteHeader } from "@/components/shell/site-header";
import { ThemeScript } from "@/components/shell/theme-script";
import { loadCatalog } from "@/lib/catalog/load";
import { latestVerifiedOn } from "@/lib/catalog/verified";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Small Model Navigator: choose an OpenAI small model", template: "%s · Small Model Navigator" },
  description:
    "Every OpenAI small model ID with sourced prices, limits, benchmarks and lifecycle; charts, a monthly cost calculator and a selection wizard.",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  const verifiedOn = latestVerifiedOn(loadCatalog());
  return (
    // suppressHydrationWarning: the theme script sets class="dark" before React hydrates.
    <html lang="en" className={`${sans.variable} ${mono.variable}`} suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="flex min-h-dvh flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface-raised focus:px-3 focus:py-2 focus:text-sm"
        >
          Skip to content
        </a>
        <SiteHeader />
        <NuqsAdapter>
          <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
            {children}
          </main>
        </NuqsAdapter>
        <SiteFooter verifiedOn={verifiedOn} />
      </body>
    </html>
  );
}
