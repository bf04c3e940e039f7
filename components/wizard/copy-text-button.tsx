"use client";

import { useEffect, useId, useRef, useState } from "react";

import { Button } from "@/components/ui/button";

const CONFIRM_MS = 2500;

/** Copies a block of text (e.g. a script) and says so in a live region. */
export function CopyTextButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  const statusId = useId();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    timer.current = setTimeout(() => setState("idle"), CONFIRM_MS);
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" onClick={copy} aria-describedby={statusId}>
        {label}
      </Button>
      <span id={statusId} role="status" aria-live="polite" className="text-xs text-fg-subtle">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed: select the code and copy it by hand" : ""}
      </span>
    </span>
  );
}
