/**
 * A small catalog for the usage tests, built through the real schema (parseModelFile) so it
 * cannot drift from the data's shape. Figures are copied from data/models/*.json as verified on
 * 2026-11-25, each with the source the data cites; a later price correction in data/ does not
 * move these tests (only the live-catalog sample test reads data/).
 */
import { buildCatalog, parseModelFile } from "@/lib/catalog/parse";
import type { CatalogEntry } from "@/lib/catalog/types";

import { toUsageCatalog, type UsageCatalog } from "./catalog";

/** The day the fixture's figures were read from data/. */
export const FIXTURE_TODAY = "2026-11-25";

const VERIFIED = "2026-11-25";
const src = (url: string, title: string, official: boolean) => ({ url, title, official, verifiedOn: VERIFIED });

const SOURCES = {
  "openai-caching": src(
    "https://openai.com/index/api-prompt-caching/",
    "OpenAI: Prompt caching in the API (price table, October 2024)",
    true,
  ),
  "outl1ne-pricing": src(
    "https://raw.githubusercontent.com/outl1ne/openai-pricing/refs/heads/main/pricing.json",
    "outl1ne/openai-pricing: pricing.json (batchDiscount 0.5)",
    false,
  ),
  azure: src(
    "https://ai.azure.com/catalog/models/gpt-4o-mini",
    "Microsoft Azure AI model catalog: gpt-4o-mini (version 2024-07-18)",
    false,
  ),
  "aa-4o-mini": src("https://artificialanalysis.ai/models/gpt-4o-mini", "Artificial Analysis: GPT-4o mini", false),
  "maxbob-deprecations": src(
    "https://dev.to/max_bob/openai-api-deprecations-2026-2027-every-shutdown-date-and-recommended-replacement-gpt-4o-2ffm",
    "dev.to (max_bob): OpenAI API deprecations 2026-2027",
    false,
  ),
  "openai-nano-page-ko": src(
    "https://developers.openai.com/ko-KR/api/docs/models/gpt-4.1-nano",
    "OpenAI model page gpt-4.1-nano (ko-KR), comparison widget",
    true,
  ),
  "vercel-providers": src(
    "https://vercel.com/ai-gateway/models/gpt-4.1-mini/providers",
    "Vercel AI Gateway: GPT-4.1 mini providers",
    false,
  ),
  "deploybase-41": src("https://deploybase.ai/articles/gpt-4.1-pricing", "DeployBase: GPT-4.1 pricing (Batch 50%)", false),
  "openai-priority": src(
    "https://openai.com/ja-JP/api-priority-processing/",
    "OpenAI: Priority processing (Fast mode) prices",
    true,
  ),
  "vercel-api": src("https://vercel.com/ai-gateway/models/gpt-4.1-mini/api", "Vercel AI Gateway: GPT-4.1 mini API", false),
  "openai-gpt41": src("https://openai.com/index/gpt-4-1/", "OpenAI: Introducing GPT-4.1 in the API", true),
  "ai-tldr": src("https://ai-tldr.dev/models/gpt-4o-mini/", "ai-tldr.dev: GPT-4o mini (quotes OpenAI's launch figures)", false),
  bommarito: src("https://michaelbommarito.com/wiki/gpt5_research_notes.md", "Michael Bommarito: GPT-5 research notes", false),
  venice: src("https://docs.venice.ai/es/models/gpt-6-luna.md", "Venice docs: GPT-6 Luna", false),
  "willison-41": src("https://feeds.simonwillison.net/2025/Apr/14/gpt-4-1", "Simon Willison: GPT-4.1 (2025-04-14)", false),
  "openai-5mini-ko": src(
    "https://developers.openai.com/ko-KR/api/docs/models/gpt-5-mini",
    "OpenAI model page gpt-5-mini (ko-KR)",
    true,
  ),
  "openai-priority-en": src(
    "https://openai.com/api-priority-processing/",
    "OpenAI: Priority processing (Fast mode) prices",
    true,
  ),
  aideprecations: src(
    "https://dev.to/aideprecations/what-to-do-before-openai-gpt-5-and-o3-shut-down-on-december-11-2026-fap",
    "dev.to (aideprecations): what to do before GPT-5 and o3 shut down on 2026-12-11",
    false,
  ),
  "openai-deprecations": src(
    "https://developers.openai.com/api/docs/deprecations?translationFallback=zh-Hans",
    "OpenAI: Deprecations (latest stored version, zh-Hans fallback)",
    true,
  ),
  "openai-luna6-ja": src(
    "https://developers.openai.com/ja-JP/api/docs/models/gpt-6-luna",
    "OpenAI model page gpt-6-luna (ja-JP)",
    true,
  ),
  "openai-35-page": src(
    "https://developers.openai.com/api/docs/models/gpt-3.5-turbo?snapshot=gpt-3.5-turbo-0125",
    "OpenAI model page gpt-3.5-turbo",
    true,
  ),
} as const;
type SourceKey = keyof typeof SOURCES;

const fact = <T>(value: T, source: SourceKey) => ({ value, source });
const tier = (input: number | null, cachedInput: number | null, output: number | null, source: SourceKey) => ({
  input: fact(input, source),
  cachedInput: fact(cachedInput, source),
  output: fact(output, source),
});

type Spec = {
  id: string;
  snapshot: string | null;
  sources: SourceKey[];
  lifecycle: {
    status: "active" | "deprecated" | "shutdown";
    source: SourceKey;
    shutdownDate: string | null;
    replacement: string | null;
    replacementSource?: SourceKey;
  };
  pricing: Record<string, unknown>;
  contextWindow: [number, SourceKey];
  maxInput: [number | null, SourceKey];
  maxOutput: [number, SourceKey];
  input: [("text" | "image")[], SourceKey];
  reasoning: [boolean, SourceKey];
};

function modelFile(s: Spec) {
  const first = s.sources[0]!;
  return {
    id: s.id,
    displayName: s.id,
    family: s.id,
    size: "small",
    summary: `${s.id} (test fixture)`,
    sources: Object.fromEntries(s.sources.map((k) => [k, SOURCES[k]])),
    aliasOf: s.snapshot,
    snapshots: s.snapshot ? [{ id: s.snapshot, releaseDate: null }] : [],
    releaseDate: fact(null, first),
    lifecycle: {
      status: s.lifecycle.status,
      source: s.lifecycle.source,
      noticeDate: null,
      shutdownDate: s.lifecycle.shutdownDate,
      replacements: s.lifecycle.replacement
        ? [{ id: s.lifecycle.replacement, readOn: VERIFIED, source: s.lifecycle.replacementSource ?? s.lifecycle.source }]
        : [],
    },
    pricing: { batch: null, flex: null, fast: null, longContext: null, ...s.pricing },
    limits: { contextWindow: fact(...s.contextWindow), maxInput: fact(...s.maxInput), maxOutput: fact(...s.maxOutput) },
    knowledgeCutoff: fact(null, first),
    modalities: { input: fact(...s.input), output: fact(["text"], s.input[1]) },
    reasoning: { supported: fact(...s.reasoning), efforts: [], defaultEffort: null },
    features: { functionCalling: fact(null, first), structuredOutputs: fact(null, first), fineTuning: fact(null, first) },
    benchmarks: [],
    speed: [],
    articleCorrections: [],
  };
}

const SPECS: Spec[] = [
  {
    id: "gpt-4o-mini",
    snapshot: "gpt-4o-mini-2024-07-18",
    sources: ["openai-caching", "outl1ne-pricing", "azure", "ai-tldr", "aa-4o-mini", "maxbob-deprecations"],
    lifecycle: { status: "deprecated", source: "maxbob-deprecations", shutdownDate: "2027-01-14", replacement: "gpt-6-luna" },
    pricing: { standard: tier(0.15, 0.075, 0.6, "openai-caching"), batch: tier(null, null, null, "outl1ne-pricing") },
    contextWindow: [128_000, "azure"],
    maxInput: [null, "azure"],
    maxOutput: [16_384, "ai-tldr"],
    input: [["text", "image"], "azure"],
    reasoning: [false, "aa-4o-mini"],
  },
  {
    id: "gpt-4.1-mini",
    snapshot: "gpt-4.1-mini-2025-04-14",
    sources: [
      "openai-nano-page-ko",
      "vercel-providers",
      "vercel-api",
      "deploybase-41",
      "openai-priority",
      "willison-41",
      "openai-gpt41",
      "maxbob-deprecations",
    ],
    lifecycle: { status: "deprecated", source: "maxbob-deprecations", shutdownDate: "2027-01-14", replacement: "gpt-6-luna" },
    pricing: {
      // data/ cites three sources for standard: OpenAI's widget (input) and Vercel's listings.
      standard: {
        input: fact(0.4, "openai-nano-page-ko"),
        cachedInput: fact(0.1, "vercel-providers"),
        output: fact(1.6, "vercel-api"),
      },
      batch: tier(0.2, null, 0.8, "deploybase-41"),
      fast: tier(0.7, 0.175, 2.8, "openai-priority"),
    },
    contextWindow: [1_047_576, "willison-41"],
    maxInput: [null, "willison-41"],
    maxOutput: [32_768, "willison-41"],
    input: [["text", "image"], "openai-gpt41"],
    reasoning: [false, "openai-gpt41"],
  },
  {
    id: "gpt-5-mini",
    snapshot: "gpt-5-mini-2025-08-07",
    sources: ["openai-5mini-ko", "openai-priority-en", "bommarito", "aideprecations", "openai-deprecations"],
    // data/ recommends gpt-6.1-terra, which the catalog does not list.
    lifecycle: {
      status: "deprecated",
      source: "aideprecations",
      shutdownDate: "2026-12-11",
      replacement: "gpt-6.1-terra",
      replacementSource: "openai-deprecations",
    },
    pricing: { standard: tier(0.25, 0.025, 2, "openai-5mini-ko"), fast: tier(0.45, 0.045, 3.6, "openai-priority-en") },
    contextWindow: [400_000, "openai-5mini-ko"],
    maxInput: [272_000, "bommarito"],
    maxOutput: [128_000, "openai-5mini-ko"],
    input: [["text", "image"], "openai-5mini-ko"],
    reasoning: [true, "openai-5mini-ko"],
  },
  {
    id: "gpt-6-luna",
    snapshot: null,
    sources: ["openai-luna6-ja", "venice"],
    lifecycle: { status: "active", source: "openai-luna6-ja", shutdownDate: null, replacement: null },
    pricing: {
      standard: tier(0.1, 0.01, 0.5, "openai-luna6-ja"),
      cacheWrite: fact(0.125, "openai-luna6-ja"),
      batch: tier(0.05, null, 0.25, "openai-luna6-ja"),
      flex: tier(0.05, null, 0.25, "openai-luna6-ja"),
      fast: tier(0.2, 0.02, 1, "openai-luna6-ja"),
      longContext: { thresholdTokens: 272_000, inputMultiplier: 2, outputMultiplier: 1.5, source: "openai-luna6-ja" },
    },
    contextWindow: [1_050_000, "openai-luna6-ja"],
    maxInput: [922_000, "venice"],
    maxOutput: [128_000, "openai-luna6-ja"],
    input: [["text", "image"], "openai-luna6-ja"],
    reasoning: [true, "openai-luna6-ja"],
  },
  {
    id: "gpt-3.5-turbo",
    snapshot: "gpt-3.5-turbo-0125",
    sources: ["openai-35-page"],
    lifecycle: { status: "shutdown", source: "openai-35-page", shutdownDate: "2026-10-23", replacement: "gpt-4.1-mini" },
    pricing: { standard: tier(0.5, null, 1.5, "openai-35-page") },
    contextWindow: [16_385, "openai-35-page"],
    maxInput: [null, "openai-35-page"],
    maxOutput: [4_096, "openai-35-page"],
    input: [["text"], "openai-35-page"],
    reasoning: [false, "openai-35-page"],
  },
];

export function fixtureEntries(): CatalogEntry[] {
  return buildCatalog(SPECS.map((s) => parseModelFile(`fixture ${s.id}`, modelFile(s))));
}

export function fixtureCatalog(): UsageCatalog {
  return toUsageCatalog(fixtureEntries());
}
