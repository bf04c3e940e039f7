import { IntentLink } from "@/components/ui/intent-link";

import { SiteNav } from "./site-nav";
import { ThemeSwitch } from "./theme-switch";

export function SiteHeader() {
  return (
    <header className="border-b border-line">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <IntentLink href="/" className="flex items-center gap-2 text-sm font-semibold tracking-tight sm:text-base">
          <svg aria-hidden="true" viewBox="0 0 32 32" className="size-6">
            <rect width="32" height="32" rx="7" fill="#0369a1" />
            <path
              d="M9 22V10l7 8 7-8v12"
              fill="none"
              stroke="#fff"
              strokeWidth="3"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          Small Model Navigator
        </IntentLink>
        <div className="order-3 w-full sm:order-none sm:w-auto sm:flex-1">
          <SiteNav />
        </div>
        <div className="ml-auto sm:ml-0">
          <ThemeSwitch />
        </div>
      </div>
    </header>
  );
}
