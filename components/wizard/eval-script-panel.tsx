"use client";

import { useId, useMemo, useRef, type KeyboardEvent } from "react";

import { buttonVariants } from "@/components/ui/button";
import { CodeBlock } from "@/components/ui/code-block";
import { cn } from "@/lib/cn";
import { nodeScript, pythonScript, SCRIPT_FILE, toEvalModel } from "@/lib/eval-script/generate";
import type { Candidate } from "@/lib/recommend/types";
import { SCRIPT_LANGS } from "@/lib/url/wizard";

import { CopyTextButton } from "./copy-text-button";

type Lang = (typeof SCRIPT_LANGS)[number];
const TAB_LABEL: Record<Lang, string> = { node: "Node.js", python: "Python" };
const MIME: Record<Lang, string> = { node: "text/javascript", python: "text/x-python" };

/** The shortlist's evaluation script in two languages (ARIA tabs), with Copy and Download. */
export function EvalScriptPanel({
  models,
  prompts,
  today,
  lang,
  onLang,
}: {
  models: Candidate[];
  prompts: string[];
  today: string;
  lang: Lang;
  onLang: (l: Lang) => void;
}) {
  const base = useId();
  const tabs = useRef<Record<Lang, HTMLButtonElement | null>>({ node: null, python: null });
  const scripts = useMemo(() => {
    const input = { models: models.map(toEvalModel).filter((m) => m !== null), prompts, generatedOn: today };
    return { node: nodeScript(input), python: pythonScript(input) };
  }, [models, prompts, today]);
  const code = scripts[lang];

  const onKey = (e: KeyboardEvent) => {
    if (!["ArrowLeft", "ArrowRight", "Home", "End"].includes(e.key)) return;
    e.preventDefault();
    const i = SCRIPT_LANGS.indexOf(lang);
    const nextLang =
      e.key === "Home"
        ? SCRIPT_LANGS[0]
        : e.key === "End"
          ? SCRIPT_LANGS[SCRIPT_LANGS.length - 1]
          : SCRIPT_LANGS[(i + (e.key === "ArrowRight" ? 1 : -1) + SCRIPT_LANGS.length) % SCRIPT_LANGS.length];
    onLang(nextLang!);
    tabs.current[nextLang!]?.focus();
  };

  return (
    <div className="space-y-2">
      <div role="tablist" aria-label="Script language" className="flex gap-1 border-b border-line" onKeyDown={onKey}>
        {SCRIPT_LANGS.map((l) => (
          <button
            key={l}
            ref={(el) => {
              tabs.current[l] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${l}`}
            aria-selected={l === lang}
            aria-controls={`${base}-panel`}
            tabIndex={l === lang ? 0 : -1}
            onClick={() => onLang(l)}
            className={cn(
              "-mb-px rounded-t-md border px-3 py-1.5 text-sm font-medium",
              l === lang
                ? "border-line border-b-surface bg-surface text-accent"
                : "border-transparent text-fg-subtle hover:text-fg",
            )}
          >
            {TAB_LABEL[l]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-tab-${lang}`} className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <CopyTextButton text={code} label={`Copy ${TAB_LABEL[lang]} script`} />
          <a
            href={`data:${MIME[lang]};charset=utf-8,${encodeURIComponent(code)}`}
            download={SCRIPT_FILE[lang]}
            className={buttonVariants({ size: "sm" })}
          >
            Download {SCRIPT_FILE[lang]}
          </a>
        </div>
        <CodeBlock code={code} label={`${TAB_LABEL[lang]} evaluation script`} className="max-h-[28rem] leading-relaxed" />
      </div>
    </div>
  );
}
