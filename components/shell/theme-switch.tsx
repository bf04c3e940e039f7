"use client";

import { useEffect, useSyncExternalStore } from "react";

import { cn } from "@/lib/cn";

import { THEME_STORAGE_KEY } from "./theme-script";

type Theme = "light" | "dark" | "system";
const THEMES: { value: Theme; label: string }[] = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "system", label: "System" },
];

function readStored(): Theme {
  try {
    const t = localStorage.getItem(THEME_STORAGE_KEY);
    return t === "light" || t === "dark" ? t : "system";
  } catch {
    return "system";
  }
}

function apply(theme: Theme) {
  const dark = theme === "dark" || (theme === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  // Flip the theme with transitions off, so the page does not animate every colour at once
  // (and contrast checks never catch a half-faded button).
  const freeze = document.createElement("style");
  freeze.textContent = "*,*::before,*::after{transition:none!important}";
  document.head.appendChild(freeze);
  document.documentElement.classList.toggle("dark", dark);
  void getComputedStyle(document.body).color; // force the restyle while transitions are off
  requestAnimationFrame(() => freeze.remove());
}

// The stored choice as an external store: other tabs (storage events) and this switch notify.
const listeners = new Set<() => void>();
function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** Light / dark / system as a radio group: arrow keys move, the choice persists in localStorage. */
export function ThemeSwitch() {
  // The server cannot know the stored theme: it renders "system", the browser then shows the real one.
  const theme = useSyncExternalStore(subscribe, readStored, () => "system" as Theme);

  useEffect(() => {
    if (theme !== "system") return;
    const mq = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => apply("system");
    mq.addEventListener("change", onChange);
    return () => mq.removeEventListener("change", onChange);
  }, [theme]);

  function choose(next: Theme) {
    try {
      if (next === "system") localStorage.removeItem(THEME_STORAGE_KEY);
      else localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
    apply(next);
    listeners.forEach((l) => l());
  }

  return (
    <fieldset className="flex items-center">
      <legend className="sr-only">Theme</legend>
      <div className="flex rounded-md border border-line-strong p-0.5 text-xs">
        {THEMES.map((t) => (
          <label
            key={t.value}
            className={cn(
              "cursor-pointer rounded px-1.5 py-1 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent-strong sm:px-2",
              theme === t.value ? "bg-fg text-surface" : "text-fg-muted hover:bg-surface-hover",
            )}
          >
            <input
              type="radio"
              name="theme"
              value={t.value}
              checked={theme === t.value}
              onChange={() => choose(t.value)}
              className="sr-only"
            />
            {t.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
