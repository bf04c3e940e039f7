"use client";

import { usePathname } from "next/navigation";

import { IntentLink } from "@/components/ui/intent-link";
import { cn } from "@/lib/cn";

const NAV_ITEMS = [
  { href: "/", label: "Catalog" },
  { href: "/charts", label: "Charts" },
  { href: "/calculator", label: "Calculator" },
  { href: "/wizard", label: "Wizard" },
  { href: "/compare", label: "Compare" },
  { href: "/usage", label: "Your bill" },
  { href: "/changes", label: "Changes" },
] as const;

function isCurrent(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/" || pathname.startsWith("/models");
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function SiteNav() {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label="Main" className="-mx-1">
      <ul className="flex flex-wrap gap-0.5 text-sm whitespace-nowrap sm:gap-1">
        {NAV_ITEMS.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <IntentLink
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "block rounded-md px-2 py-1.5 font-medium sm:px-2.5",
                  current ? "bg-accent-soft text-accent" : "text-fg-muted hover:bg-surface-hover hover:text-fg",
                )}
              >
                {item.label}
              </IntentLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
