import { useId, useState } from "react";

import { checkboxVariants } from "@/components/ui/checkbox";
import { CodeBlock } from "@/components/ui/code-block";
import { CopyTextButton } from "@/components/wizard/copy-text-button";
import type { MigrationModel } from "@/lib/migrate/model";
import { cheapestEffort } from "@/lib/migrate/reasoning";
import {
  PATCH_API_LABEL,
  PATCH_APIS,
  PATCH_LANG_LABEL,
  PATCH_LANGS,
  sdkPatch,
  type PatchApi,
  type PatchLang,
} from "@/lib/migrate/sdk-patch";

function Choice<T extends string>({
  legend,
  name,
  options,
  labels,
  value,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <legend className="float-left mr-2 font-medium">{legend}</legend>
      {options.map((o) => (
        <label key={o} className="flex items-center gap-1.5">
          <input type="radio" name={name} className={checkboxVariants()} checked={value === o} onChange={() => onChange(o)} />
          {labels[o]}
        </label>
      ))}
    </fieldset>
  );
}

function Code({ label, code }: { label: string; code: string }) {
  return (
    <figure className="min-w-0 space-y-1">
      <figcaption className="text-sm font-medium">{label}</figcaption>
      <CodeBlock code={code} label={label} className="leading-relaxed" />
    </figure>
  );
}

/** Before/after request code with the official SDKs: the new model ID and the reasoning setting the cost assumes. */
export function SdkPatchPanel({ fromId, target }: { fromId: string; target: MigrationModel }) {
  const [lang, setLang] = useState<PatchLang>("node");
  const [api, setApi] = useState<PatchApi>("responses");
  const name = useId();
  const patch = sdkPatch(
    { fromId, toId: target.id, effort: cheapestEffort(target), defaultEffort: target.reasoning.defaultEffort },
    lang,
    api,
  );
  const where = `${PATCH_LANG_LABEL[lang]}, ${PATCH_API_LABEL[api]}`;
  // How a reasoning model takes the setting differs by API; the data's notes say so where known.
  const notes = target.reasoning.supported
    ? [
        target.notes.functionCalling ? `Function calling: ${target.notes.functionCalling}.` : null,
        target.notes.reasoning ? `Reasoning: ${target.notes.reasoning}.` : null,
      ].filter((n) => n !== null)
    : [];
  return (
    <section aria-labelledby="patch-heading" className="space-y-3">
      <h2 id="patch-heading" className="text-lg font-semibold">
        The change in your code
      </h2>
      <p className="text-sm text-fg-muted">
        The request with the official SDK, today and after the switch to <span className="font-mono">{target.id}</span>
        {cheapestEffort(target) ? ", with the reasoning setting the cost above assumes" : ""}.
      </p>
      <div className="space-y-1">
        <Choice
          legend="SDK"
          name={`${name}-lang`}
          options={PATCH_LANGS}
          labels={PATCH_LANG_LABEL}
          value={lang}
          onChange={setLang}
        />
        <Choice legend="API" name={`${name}-api`} options={PATCH_APIS} labels={PATCH_API_LABEL} value={api} onChange={setApi} />
      </div>
      <div className="grid gap-3 lg:grid-cols-2">
        <Code label={`Before: ${fromId} (${where})`} code={patch.before} />
        <Code label={`After: ${target.id} (${where})`} code={patch.after} />
      </div>
      <CopyTextButton text={patch.after} label="Copy the new request" />
      {notes.length ? (
        <div className="text-sm">
          <p className="font-medium">From the catalog&apos;s notes on {target.id}</p>
          <ul className="list-disc space-y-0.5 pl-5 text-fg-muted">
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
