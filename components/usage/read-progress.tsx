"use client";

import { Button } from "@/components/ui/button";
import { readProgressText } from "@/lib/usage/progress";
import type { ParseProgress } from "@/lib/usage/types";

/** The worker's progress through the files, with a way out. */
export function ReadProgress({ progress, onCancel }: { progress: ParseProgress | null; onCancel: () => void }) {
  const { fraction, text } = readProgressText(progress);
  return (
    <div className="flex flex-wrap items-center gap-3" aria-live="polite">
      <progress
        aria-label="Reading your files"
        className="h-2 w-full max-w-sm accent-accent-solid"
        max={1}
        value={fraction ?? undefined}
      />
      <span className="text-sm text-fg-muted">{text}</span>
      <Button size="sm" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
