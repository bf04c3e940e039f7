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
});
