import { IntentLink } from "@/components/ui/intent-link";
import { STATUS_LABEL } from "@/lib/catalog/lifecycle";
import { lifecycleText } from "@/lib/charts/labels";
import type { ChartModelLabel } from "@/lib/charts/types";
import { NOT_PUBLISHED } from "@/lib/format";
import { modelHref } from "@/lib/url/model";

export function Muted({ children = NOT_PUBLISHED }: { children?: string }) {
  return <span className="text-xs text-fg-subtle">{children}</span>;
}

/** Row header of a table twin: the model ID (linked to its page) and what kind of row it is. */
function ModelCell({ model }: { model: ChartModelLabel }) {
  return (
    <span className="flex flex-col items-start">
      <IntentLink
        prefetch={false}
        href={modelHref(model.id)}
        className="font-mono font-medium whitespace-nowrap underline underline-offset-2"
      >
        {model.id}
      </IntentLink>
      {model.size === "full-size" ? <span className="text-xs text-fg-subtle">full-size reference</span> : null}
      {model.kind === "snapshot" && model.aliasId ? (
        <span className="text-xs text-fg-subtle">dated snapshot of {model.aliasId}</span>
      ) : null}
      {/* Narrow screens hide the Lifecycle column: say it here instead. */}
      <span className="text-xs text-fg-subtle sm:hidden">{STATUS_LABEL[model.status]}</span>
    </span>
  );
}

/** The two columns every chart table starts with: the model and its lifecycle. */
export function IdentityCell({ column, model }: { column: "model" | "status"; model: ChartModelLabel }) {
  return column === "model" ? <ModelCell model={model} /> : <LifecycleCell model={model} />;
}

function LifecycleCell({ model }: { model: ChartModelLabel }) {
  return (
    <span className={model.status === "shutdown" ? "text-danger" : model.status === "deprecated" ? "text-warn" : undefined}>
      {lifecycleText(model)}
    </span>
  );
}

/** "gpt-5-mini, gpt-5-nano (shut down)": models named in a note under a chart. */
function ModelList({ models }: { models: readonly ChartModelLabel[] }) {
  return (
    <>
      {models.map((m, i) => (
        <span key={m.id}>
          {i > 0 ? ", " : ""}
          <span className="font-mono">{m.id}</span>
          {m.status !== "active" ? <span className="text-fg-subtle"> ({STATUS_LABEL[m.status].toLowerCase()})</span> : null}
        </span>
      ))}
    </>
  );
}

/** A labelled note line under a chart, e.g. "Not published: …". Renders nothing when empty. */
export function NoteLine({ label, models }: { label: string; models: readonly ChartModelLabel[] }) {
  if (!models.length) return null;
  return (
    <p>
      <span className="font-medium">{label}:</span> <ModelList models={models} />
    </p>
  );
}
