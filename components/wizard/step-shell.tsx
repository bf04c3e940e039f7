"use client";

import { useId, type ReactNode, type RefObject } from "react";

import { Button } from "@/components/ui/button";
import { panelVariants } from "@/components/ui/panel";
import { STEP_COUNT } from "@/lib/url/wizard";

/** One screen of the wizard: heading (focused on arrival), why it matters, fields, Back / Next. */
export function StepShell({
  n,
  title,
  why,
  headingRef,
  onSubmit,
  onBack,
  nextLabel = "Next",
  children,
}: {
  n: number;
  title: string;
  why: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSubmit: () => void;
  onBack?: () => void;
  nextLabel?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <form
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      className={panelVariants({ pad: "lg", className: "max-w-3xl space-y-5" })}
    >
      <div className="space-y-1">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="text-xl font-semibold tracking-tight">
          <span className="block text-sm font-medium text-accent">
            Step {n} of {STEP_COUNT}
          </span>
          {title}
        </h2>
        <p className="text-sm text-fg-muted">
          <span className="font-medium">Why it matters: </span>
          {why}
        </p>
      </div>
      {children}
      <div className="flex items-center justify-between gap-3 border-t border-line pt-4">
        {onBack ? (
          <Button onClick={onBack}>
            <span aria-hidden="true">←</span> Back
          </Button>
        ) : (
          <span />
        )}
        <Button type="submit" variant="primary">
          {nextLabel} <span aria-hidden="true">→</span>
        </Button>
      </div>
    </form>
  );
}
