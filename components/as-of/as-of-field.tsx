"use client";

import { useId, useRef, useState } from "react";

import { Button } from "@/components/ui/button";
import { fieldVariants } from "@/components/ui/field";
import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import { formatDate } from "@/lib/format";
import { asOfParam, EARLIEST_AS_OF, latestAsOf } from "@/lib/url/as-of";

type Props = {
  /** The link's day; null is today. */
  on: string | null;
  /** The server's today (the client's clock may differ; the server prices the day). */
  today: string;
  /** null: back to today (the key leaves the link). */
  onChange: (on: string | null) => void;
};

/**
 * "Prices as of": the day the view is priced on. A whole day in range is written to the URL (the
 * server prices it); a half-typed one stays in the field until it is whole.
 */
export function AsOfField({ on, today, onChange }: Props) {
  const id = useId();
  const hintId = useId();
  const day = on ?? today;
  const [text, setText] = useState(day);
  const [seen, setSeen] = useState(day);
  // The URL changed from elsewhere (back button, "Today"): show the new day.
  if (seen !== day) {
    setSeen(day);
    setText(day);
  }
  const usable = asOfParam(text, today) !== undefined;
  function onType(next: string) {
    setText(next);
    const param = asOfParam(next, today);
    if (param !== undefined) onChange(param);
  }
  const box = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(box, text, onType);

  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        Prices as of
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={box}
          id={id}
          type="date"
          min={EARLIEST_AS_OF}
          max={latestAsOf(today)}
          value={text}
          required
          aria-invalid={!usable}
          aria-describedby={hintId}
          onChange={(e) => onType(e.target.value)}
          className={fieldVariants({ className: "w-40 tabular-nums" })}
        />
        {on ? (
          <Button size="sm" onClick={() => onChange(null)}>
            Today
          </Button>
        ) : null}
      </div>
      <p id={hintId} className="text-xs text-fg-subtle">
        {on
          ? `Prices in force and statuses on ${formatDate(on)}.`
          : `Today's prices and statuses. Pick a day from ${formatDate(EARLIEST_AS_OF)} to ${formatDate(latestAsOf(today))}.`}
      </p>
    </div>
  );
}
