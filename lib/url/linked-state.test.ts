import { describe, expect, it } from "vitest";

import { linkedState } from "./linked-state";

type S = { models: string[]; tier: string; sort: { id: string; desc: boolean } | null };

describe("the island's state against the server's", () => {
  const read: S = { models: ["beta-lite", "gpt-9-nope"], tier: "batch", sort: { id: "price", desc: true } };
  const server: S = { models: [], tier: "batch", sort: { id: "price", desc: true } };

  it("is the server's, key for key, while the URL holds what the server read", () => {
    expect(linkedState({ ...read, models: [...read.models], sort: { id: "price", desc: true } }, read, server)).toEqual(server);
  });

  it("takes the URL's value for a key changed since, and keeps the server's for the rest", () => {
    expect(linkedState({ ...read, tier: "flex" }, read, server)).toEqual({ ...server, tier: "flex" });
    expect(linkedState({ ...read, models: ["alpha-nano"] }, read, server)).toEqual({ ...server, models: ["alpha-nano"] });
  });

  it("returns to the server's value when the URL returns to what it read (Back)", () => {
    const changed = linkedState({ ...read, sort: null }, read, server);
    expect(changed.sort).toBeNull();
    expect(linkedState({ ...read }, read, server)).toEqual(server);
  });

  it("lets a key the island has written follow the URL, even back to what the server read", () => {
    // The server settled the link's tier "batch" to "standard"; the user picks "batch" again:
    // the URL is unchanged, but the choice is the user's now.
    const settled: S = { ...read, tier: "standard" };
    expect(linkedState({ ...read }, read, settled).tier).toBe("standard");
    expect(linkedState({ ...read }, read, settled, new Set(["tier"])).tier).toBe("batch");
    expect(linkedState({ ...read }, read, settled, new Set(["tier"])).models).toEqual(settled.models);
  });
});
