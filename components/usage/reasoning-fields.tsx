"use client";

import { useState } from "react";

import { NumberField } from "@/components/ui/number-field";
import type { UsageState } from "@/lib/url/usage";
import { MAX_REASONING_SHARE_PERCENT } from "@/lib/usage/options";
import { parseSharePercent } from "@/lib/usage/present";

type Shares = Pick<UsageState, "reasoning" | "fileReasoning">;

const text = (n: number | null) => (n === null ? "" : String(n));

const ERROR = `A whole percent from 0 to ${MAX_REASONING_SHARE_PERCENT}, or empty.`;

/**
 * The reasoning share the user expects on the other models (and, optionally, what it was in the
 * file): the export cannot split reasoning from output, so this is an assumption, stated next
 * to each total.
 */
export function ReasoningFields({
  shares,
  onChange,
  fileReasons,
}: {
  shares: Shares;
  onChange: (shares: Shares) => void;
  /** The file's models that reason (their output included reasoning). */
  fileReasons: string[];
}) {
  const [drafts, setDrafts] = useState({ reasoning: text(shares.reasoning), fileReasoning: text(shares.fileReasoning) });
  const read = { reasoning: parseSharePercent(drafts.reasoning), fileReasoning: parseSharePercent(drafts.fileReasoning) };

  function change(key: keyof Shares, value: string) {
    const next = { ...drafts, [key]: value };
    setDrafts(next);
    const target = parseSharePercent(next.reasoning);
    const file = parseSharePercent(next.fileReasoning);
    if (target.ok && file.ok) onChange({ reasoning: target.value, fileReasoning: target.value === null ? null : file.value });
  }

  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-semibold">Reasoning tokens (an assumption)</legend>
      <p className="text-sm text-fg-muted">
        Output tokens include each model&apos;s reasoning, and the export cannot split them. By default every model writes the
        file&apos;s output. State the share of output you expect to be reasoning on the other models to price it in.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          label="Reasoning share on the other models"
          suffix="%"
          value={drafts.reasoning}
          onChange={(v) => change("reasoning", v)}
          error={read.reasoning.ok ? null : ERROR}
          hint="Empty: output as in the file. 0 for models that do not reason."
        />
        <NumberField
          label="Reasoning share in your file"
          suffix="%"
          value={drafts.fileReasoning}
          onChange={(v) => change("fileReasoning", v)}
          error={read.fileReasoning.ok ? null : ERROR}
          hint={
            fileReasons.length
              ? `Of ${fileReasons.join(", ")}'s output. Empty: the same share as above. Used only with a share above.`
              : "Your file has no reasoning model: 0 % whatever you type here."
          }
        />
      </div>
    </fieldset>
  );
}
