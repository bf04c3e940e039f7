import { describe, expect, it } from "vitest";

import { SERVICE_TIERS } from "@/lib/cost/tiers";

import { lineItemFor, parseLineItem } from "./line-items";
import type { TokenKind } from "./types";

describe("parseLineItem", () => {
  it("reads OpenAI's standard wording", () => {
    expect(parseLineItem("gpt-4o-mini-2024-07-18, input")).toEqual({
      model: "gpt-4o-mini-2024-07-18",
      kind: "uncachedInput",
      tier: null,
      regional: false,
    });
    expect(parseLineItem("gpt-5.4-mini-2026-03-17, cached input")).toMatchObject({
      model: "gpt-5.4-mini-2026-03-17",
      kind: "cachedInput",
    });
    expect(parseLineItem("gpt-4o-mini-2024-07-18, output")).toMatchObject({ kind: "output" });
    expect(parseLineItem("gpt-6-luna, cache write")).toMatchObject({ kind: "cacheWriteInput" });
  });

  it("finds tiers and regional processing anywhere after the model", () => {
    expect(parseLineItem("gpt-4.1-mini-2025-04-14, batch input")).toMatchObject({ kind: "uncachedInput", tier: "batch" });
    expect(parseLineItem("gpt-4.1-mini-2025-04-14, input, batch")).toMatchObject({ kind: "uncachedInput", tier: "batch" });
    expect(parseLineItem("gpt-5-mini, priority output")).toMatchObject({ kind: "output", tier: "fast" });
    expect(parseLineItem("gpt-6-luna, input (regional processing)")).toMatchObject({ kind: "uncachedInput", regional: true });
  });

  it("leaves line items that are not tokens without a kind", () => {
    expect(parseLineItem("web search tool calls")).toEqual({ model: null, kind: null, tier: null, regional: false });
    expect(parseLineItem("gpt-4o, file search storage")).toMatchObject({ model: "gpt-4o", kind: null });
  });

  it("reads back every line item the samples write", () => {
    const kinds: TokenKind[] = ["uncachedInput", "cachedInput", "cacheWriteInput", "output"];
    for (const tier of SERVICE_TIERS) {
      for (const kind of kinds) {
        expect(parseLineItem(lineItemFor("m-1", tier, kind))).toEqual({
          model: "m-1",
          kind,
          tier: tier === "standard" ? null : tier,
          regional: false,
        });
      }
    }
  });
});
