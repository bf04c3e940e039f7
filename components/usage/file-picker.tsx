"use client";

import { useId, useState, type DragEvent } from "react";

import { Button, buttonVariants } from "@/components/ui/button";
import { Disclosure } from "@/components/ui/disclosure";
import { fieldVariants } from "@/components/ui/field";
import { linkVariants } from "@/components/ui/link";
import { panelVariants } from "@/components/ui/panel";
import { cn } from "@/lib/cn";
import { SAMPLE_DIR, SAMPLE_FILE_NAMES, TRY_SAMPLE_FILES } from "@/lib/usage/options";
import type { UsageInput } from "@/lib/usage/types";

const ACCEPT = ".json,.csv,application/json,text/csv";
const PASTED_NAME = "pasted text";

const toInputs = (files: FileList | null): UsageInput[] => [...(files ?? [])].map((f) => ({ name: f.name, content: f }));

/** Fetches the sample exports from this site (they are public files; nothing is sent). */
async function sampleInputs(): Promise<UsageInput[]> {
  return Promise.all(
    TRY_SAMPLE_FILES.map(async (name) => {
      const res = await fetch(`${SAMPLE_DIR}/${name}`);
      if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
      return { name, content: await res.blob() };
    }),
  );
}

/** Files in: a drop zone with a real file input, "Try with a sample", and a box for pasted JSON. */
export function FilePicker({ onFiles, busy }: { onFiles: (inputs: UsageInput[]) => void; busy: boolean }) {
  const inputId = useId();
  const pasteId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState("");
  const [sampleError, setSampleError] = useState<string | null>(null);

  function drop(e: DragEvent) {
    e.preventDefault();
    setDragging(false);
    if (!busy) onFiles(toInputs(e.dataTransfer.files));
  }

  async function trySample() {
    setSampleError(null);
    try {
      onFiles(await sampleInputs());
    } catch (e) {
      setSampleError(`The sample could not be loaded (${e instanceof Error ? e.message : String(e)}).`);
    }
  }

  return (
    <section aria-labelledby="load-heading" className={panelVariants({ pad: "md", className: "space-y-4" })}>
      <div className="space-y-1">
        <h2 id="load-heading" className="text-lg font-semibold">
          Load your usage
        </h2>
        <p className="text-sm text-fg-muted">
          <strong className="font-semibold text-fg">Nothing is uploaded.</strong> Your files are read and priced by this page, in
          your browser; they never leave your device.
        </p>
      </div>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        className={cn(
          "flex flex-col items-start gap-3 rounded-lg border-2 border-dashed p-4 sm:flex-row sm:items-center",
          dragging ? "border-accent-strong bg-accent-soft" : "border-line-strong",
        )}
      >
        <input
          id={inputId}
          type="file"
          multiple
          accept={ACCEPT}
          disabled={busy}
          aria-describedby={hintId}
          className="peer sr-only"
          onChange={(e) => {
            onFiles(toInputs(e.currentTarget.files));
            // The same file chosen again (after a fix) is read again.
            e.currentTarget.value = "";
          }}
        />
        <label
          htmlFor={inputId}
          className={buttonVariants({
            variant: "primary",
            className:
              "cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent-strong peer-disabled:opacity-50",
          })}
        >
          Choose files
        </label>
        <p id={hintId} className="text-sm text-fg-muted">
          or drop them here: the Usage API&apos;s JSON (grouped by model), the Costs API&apos;s JSON, or the dashboard&apos;s
          usage and cost CSV exports. Several files add up.
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
        <Button onClick={() => void trySample()} disabled={busy}>
          Try with a sample
        </Button>
        <span className="text-fg-muted">
          30 days of three retiring models, usage and costs (fake projects). Or download them:{" "}
          {SAMPLE_FILE_NAMES.map((name, i) => (
            <span key={name}>
              {i ? ", " : ""}
              <a href={`${SAMPLE_DIR}/${name}`} download className={linkVariants({ weight: "normal" })}>
                {name}
              </a>
            </span>
          ))}
          .
        </span>
        {sampleError ? (
          <p role="alert" className="w-full text-danger">
            {sampleError}
          </p>
        ) : null}
      </div>
      <Disclosure summary="Paste JSON instead">
        <div className="mt-3 space-y-2">
          <label htmlFor={pasteId} className="block text-sm font-medium">
            JSON from the Usage or Costs API (one page, or a list of pages)
          </label>
          <textarea
            id={pasteId}
            rows={5}
            spellCheck={false}
            value={pasted}
            onChange={(e) => setPasted(e.target.value)}
            className={fieldVariants({ size: "area", className: "relative w-full font-mono" })}
          />
          <Button disabled={busy || !pasted.trim()} onClick={() => onFiles([{ name: PASTED_NAME, content: pasted }])}>
            Read pasted JSON
          </Button>
        </div>
      </Disclosure>
    </section>
  );
}
