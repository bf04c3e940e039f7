import type { ReactNode } from "react";

import { panelVariants } from "@/components/ui/panel";
import type { CatalogEntry } from "@/lib/catalog/types";
import { formatDate, formatTokens } from "@/lib/format";

import { FactValue } from "./fact-value";

const yesNo = (v: boolean) => (v ? "Yes" : "No");
const list = (v: string[]) => v.join(", ");

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-t border-line py-2 first:border-t-0 sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium text-fg-muted">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function SpecsSection({ entry }: { entry: CatalogEntry }) {
  const { limits, sources, modalities, reasoning, features } = entry;
  const tokens = (n: number) => `${formatTokens(n)} tokens`;
  return (
    <section aria-labelledby="specs" className="space-y-3">
      <h2 id="specs" className="text-lg font-semibold">
        Limits and capabilities
      </h2>
      <dl className={panelVariants({ className: "px-4 py-1 text-sm" })}>
        <Row term="Context window">
          <FactValue fact={limits.contextWindow} sources={sources} label="context window" format={tokens} />
        </Row>
        <Row term="Max input">
          <FactValue fact={limits.maxInput} sources={sources} label="max input" format={tokens} />
        </Row>
        <Row term="Max output">
          <FactValue fact={limits.maxOutput} sources={sources} label="max output" format={tokens} />
        </Row>
        <Row term="Knowledge cutoff">
          <FactValue fact={entry.knowledgeCutoff} sources={sources} label="knowledge cutoff" format={formatDate} />
        </Row>
        <Row term="Released">
          <FactValue fact={entry.releaseDate} sources={sources} label="release date" format={formatDate} />
        </Row>
        <Row term="Input modalities">
          <FactValue
            fact={modalities.input}
            sources={sources}
            label="input modalities"
            format={list}
            corrections={entry.articleCorrections.filter((c) => c.field === "modalities")}
          />
        </Row>
        <Row term="Output modalities">
          <FactValue fact={modalities.output} sources={sources} label="output modalities" format={list} />
        </Row>
        <Row term="Reasoning">
          <FactValue fact={reasoning.supported} sources={sources} label="reasoning support" format={yesNo} />
          {reasoning.efforts.length ? (
            <p className="mt-1 text-xs text-fg-subtle">
              Effort levels: {reasoning.efforts.join(" / ")}
              {reasoning.defaultEffort ? ` (default ${reasoning.defaultEffort})` : ""}
            </p>
          ) : null}
        </Row>
        <Row term="Function calling">
          <FactValue fact={features.functionCalling} sources={sources} label="function calling" format={yesNo} />
        </Row>
        <Row term="Structured outputs">
          <FactValue fact={features.structuredOutputs} sources={sources} label="structured outputs" format={yesNo} />
        </Row>
        <Row term="Fine-tuning">
          <FactValue fact={features.fineTuning} sources={sources} label="fine-tuning" format={yesNo} />
        </Row>
      </dl>
    </section>
  );
}
