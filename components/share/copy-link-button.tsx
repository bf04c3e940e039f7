"use client";

import { useEffect, useId, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { fieldVariants } from "@/components/ui/field";

const CONFIRM_MS = 2500;

/**
 * Copies a link to the current view. `href` (a path + query produced by the view's URL
 * serializer) wins over the address bar, so the copied link is the canonical short form.
 */
export function CopyLinkButton({ href, label = "Copy link" }: { href?: string; label?: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const [fallbackUrl, setFallbackUrl] = useState("");
  const statusId = useId();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    const url = href ? new URL(href, window.location.origin).toString() : window.location.href;
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
      timer.current = setTimeout(() => setState("idle"), CONFIRM_MS);
    } catch {
      // Clipboard refused (insecure origin, permissions): show the link to copy by hand.
      setFallbackUrl(url);
      setState("failed");
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button onClick={copy} size="sm" aria-describedby={statusId}>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M8.5 11.5a3 3 0 0 0 4.24 0l2.83-2.83a3 3 0 0 0-4.24-4.24l-.7.7M11.5 8.5a3 3 0 0 0-4.24 0l-2.83 2.83a3 3 0 0 0 4.24 4.24l.7-.7" />
        </svg>
        {label}
      </Button>
      <span id={statusId} role="status" aria-live="polite" className="text-xs text-fg-subtle">
        {state === "copied" ? "Link copied" : state === "failed" ? "Copy this link:" : ""}
      </span>
      {state === "failed" ? (
        <input
          readOnly
          aria-label="Link to this view"
          value={fallbackUrl}
          onFocus={(e) => e.currentTarget.select()}
          className={fieldVariants({ size: null, className: "w-72 max-w-full px-2 py-1 text-xs" })}
        />
      ) : null}
    </div>
  );
}
